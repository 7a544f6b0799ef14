// Sizes of the script-tag bundles: raw, gzip (level 9) and brotli (quality 11).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Budgets in bytes of gzip, asserted by test/e2e/budget.test.mjs and listed in the README.
 * Since issue 9 both scripts are the loader a site pastes: what every page view runs (the
 * stored record, script gating, Consent Mode, other tabs, `window.PrivacyElements.consent`,
 * `consent-ready`); the rest comes from `dist/parts/` when a page view needs it (see
 * scripts/page-views.mjs for the bytes of each kind of page view). Issue 9's budget for a
 * returning visitor is 3 KB and its goal 2 KB; the loader measures 3.5–3.6 KiB, so these
 * hold the line until it is smaller. The full bundle's loader also fetches the policy
 * display and the form for pages that have one (+0.1 KiB).
 */
export const BUDGETS = {
  // Issue 10 added `consentModeMap` (read and checked), the `ready` promise and `onChange`,
  // and `consent-ready` after the page's deferred scripts: +0.2 KiB; issue 12's two copies on one page
  // (the npm element first: the API answers through it) +0.04 KiB.
  // Issue 12's reserved category ids and category cap in the loader's quick view, and other tabs'
  // decisions kept in the fallback cookie (BroadcastChannel): +0.08 KiB.
  'cookie-consent.min.js': 3.72 * 1024,
  'privacy-elements.min.js': 3.82 * 1024,
};

/** The parts, for the record (`npm run bench`); their bytes per page view are asserted in test/e2e/page-views.test.mjs. */
export function measureParts(dir = new URL('../dist/parts/', import.meta.url)) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => ({ file: `parts/${file}`, gzip: gzipSync(readFileSync(new URL(file, dir)), { level: 9 }).length }));
}

export function measure(dir = new URL('../dist/', import.meta.url)) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.min.js'))
    .sort()
    .map((file) => {
      const code = readFileSync(new URL(file, dir));
      return {
        file,
        raw: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        budget: BUDGETS[file],
      };
    });
}
