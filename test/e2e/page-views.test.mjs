// Bytes downloaded from dist/ per kind of page view (gzip; deterministic), measured in
// Chromium. Issue 9's budgets are the target; until the interface is light enough to meet
// them, these tests hold the line at what the loader achieves now and print the gap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './helpers.mjs';
import { measurePageViews, PAGE_BUDGETS } from '../../scripts/page-views.mjs';

/** What the loader design measures now (bytes); no change may make a page view heavier. */
// Issue 12: the hostile-configuration checks (reserved ids, at most 32 categories, patterns that
// cannot backtrack exponentially, messages that cannot throw) +0.5 KiB where the banner's runtime
// loads; a decision kept in the fallback cookie followed by other tabs (BroadcastChannel) +0.05 KiB
// in the loader; the form's waits and failure kinds, in eight languages, +0.5 KiB with the form.
const CEILINGS = { returning: 3900, 'first visit': 17800, 'preferences opened': 20350, 'all three elements': 53000 };

let env;
let rows;
before(async () => {
  env = await start();
  rows = await measurePageViews(env, ['en', 'de', 'pl']);
});
after(async () => env?.close());

for (const view of Object.keys(PAGE_BUDGETS)) {
  test(`${view}: within ${CEILINGS[view]} bytes in every language (issue 9 budget ${PAGE_BUDGETS[view].budget})`, () => {
    const these = rows.filter((r) => r.view === view);
    assert.equal(these.length, 3);
    for (const r of these) assert.ok(r.bytes <= CEILINGS[view], `${view} in ${r.lang}: ${r.bytes} bytes (${r.files.join(', ')})`);
    console.log(`${view}: ${these.map((r) => `${r.lang} ${r.bytes}`).join(', ')} bytes; budget ${PAGE_BUDGETS[view].budget}`);
  });
}

test('a returning visitor downloads the loader only, in every language', () => {
  for (const r of rows.filter((x) => x.view === 'returning')) assert.deepEqual(r.files, ['/dist/privacy-elements.min.js'], r.lang);
});

test('a page with all three elements downloads Lit once and only its own language', () => {
  for (const r of rows.filter((x) => x.view === 'all three elements')) {
    assert.equal(r.files.filter((f) => f.includes('shared')).length, 1);
    assert.ok(
      r.files.filter((f) => f.includes('/locales/')).every((f) => f.includes(`/${r.lang}.`)),
      r.files.join(' '),
    );
  }
});
