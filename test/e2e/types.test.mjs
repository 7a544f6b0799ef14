// The published types, as a site's strict TypeScript sees them (through the package's own
// `exports`, against the built dist/esm/*.d.ts): test/types/usage.ts must compile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('a strict TypeScript site uses the elements, their events and the core without a cast', () => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
