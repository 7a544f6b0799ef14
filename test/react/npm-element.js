// A site's own bundle with the npm element, loaded before the script tag (test/e2e/loader.test.mjs).
import '../../dist/esm/cookie-consent.js';
