// Sizes of the script-tag bundles: raw, gzip (level 9) and brotli (quality 11).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Budgets in bytes of gzip, asserted by test/e2e/budget.test.mjs and listed in the README.
 * The banner's target was 12 KiB; Lit alone is about 6.2 KiB of it and js-cookie 0.75 KiB,
 * and the full banner (dialog, gating, GPC, Consent Mode, storage fallback, cross-tab)
 * measures 12.9 KiB, so the budget that holds the line is 13 KiB. The full bundle's budget
 * holds all three elements.
 */
export const BUDGETS = {
  // +128 B for refusing unsafe policy-url values and reporting unknown gated categories (12.95 → 13.06 KiB).
  // Issue 8, +3.3 KiB (13.06 → 16.34): languages (resolution, loading a language's JSON, overrides keyed by
  // language, per-language category labels: 1.1), the three layouts, switch, dark, RTL and
  // phone styles with every value themeable (1.0), focus return and announcement after a
  // decision, moving out of the way of the focused element, texts per language for cookies.
  // The texts themselves are not in it: a visitor fetches their own language only
  // (dist/locales/, about 0.8 KiB gzip each). Issue 9's loader takes the interface off
  // returning visitors' page views.
  // Issue 9's first steps, +0.6 KiB: the runtime (record, gating, Consent Mode, tabs, proofs,
  // events) moved out of the element into a class without Lit, which the coming loader runs on
  // its own, and the dialog made a dynamic import; in this single-file bundle all are still
  // together (16.95 KiB).
  'cookie-consent.min.js': 17.5 * 1024,
  // All three elements: banner, policy display (parser about 12 KiB since it reads the habits
  // and dates of eight languages — month names, section words, function words — was 5.7;
  // element, loader and @lit/task 3 KiB), rights-request form (element and request core
  // 5.3 KiB, texts and lists 1.6 KiB). Issue 9's loader fetches the policy display only on
  // pages that have one; until then the full bundle's budget is 40 KiB (measured 38.0).
  // Issue 8 adds the same language machinery to the policy display and the form (42.0 KiB);
  // issue 9's runtime split 0.6 KiB more (42.6 KiB).
  'privacy-elements.min.js': 42.75 * 1024,
};

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
