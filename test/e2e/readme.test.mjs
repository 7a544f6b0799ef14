// The README documents every message key (SPEC: "the keys are those the README documents").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as en from '../../dist/esm/locales/en.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const leaves = (v, p = '') => (v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => leaves(x, p ? `${p}.${k}` : k)) : [p]);

test('every message key of the three elements is documented in the README', () => {
  const missing = ['consent', 'policy', 'rights'].flatMap((part) => leaves(en[part]).filter((key) => !readme.includes(`| \`${key}\` |`)));
  assert.deepEqual(missing, []);
});

test('every --pe-* custom property the styles read is documented in the README', () => {
  const styles = ['cookie-consent', 'privacy-policy', 'rights-request-form']
    .map((e) => readFileSync(new URL(`../../src/elements/${e}/${e}.styles.ts`, import.meta.url), 'utf8'))
    .join('\n');
  const used = [...new Set(styles.match(/--pe-[\w-]+/g))];
  assert.deepEqual(
    used.filter((p) => !readme.includes(p)),
    [],
  );
});
