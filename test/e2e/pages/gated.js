window.gatedRuns = (window.gatedRuns || 0) + 1;
