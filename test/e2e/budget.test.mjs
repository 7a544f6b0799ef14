// Byte budgets of the script-tag bundles (bytes are deterministic; timings live in `npm run bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, BUDGETS } from '../../scripts/sizes.mjs';

const sizes = measure();

test('both script-tag bundles are built', () => {
  assert.deepEqual(
    sizes.map((s) => s.file),
    Object.keys(BUDGETS).sort(),
  );
});

for (const { file, gzip, budget } of sizes) {
  test(`dist/${file} stays within ${budget} bytes gzip (${gzip})`, () => {
    assert.ok(gzip <= budget, `dist/${file} is ${gzip} bytes gzip, over its budget of ${budget}`);
  });
}
