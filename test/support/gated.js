// A gated external script for the tests: counts how often it ran.
window.__gatedSrcRuns = (window.__gatedSrcRuns || 0) + 1;
