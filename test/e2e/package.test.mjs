// What `npm pack` ships: what a user needs and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(packed.files.map((f) => f.path));

test('every entry point ships its module and its types', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    for (const file of [target.default, target.types]) assert.ok(files.has(file.slice(2)), `${entry}: ${file} is not in the package`);
  }
  for (const file of [
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'package.json',
    'dist/privacy-elements.min.js',
    'dist/cookie-consent.min.js',
    'dist/parts/consent.js',
    'dist/locales/de.consent.json',
  ])
    assert.ok(files.has(file), file);
});

test('no tests, demo, backend, sources or data, and no types without their module', () => {
  for (const file of files) {
    assert.ok(!/^(test|demo|server|src|scripts|notes|bench|\.data)\//.test(file), `${file} should not be in the package`);
    assert.ok(!/(^|\/)(drop-in[^/]*|loader\/[^/]*|parts\/[^/]*)\.d\.ts$/.test(file), `${file}: types of a module the package does not ship`);
  }
});

test('package.json says what a user needs to know', () => {
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.engines?.node);
  assert.ok(pkg.keywords?.length);
  assert.ok(pkg.sideEffects.length);
  for (const name of ['./cookie-consent', './privacy-policy', './rights-request-form'])
    assert.deepEqual(pkg.exports[name], pkg.exports[`${name}.js`], `${name} resolves without .js`);
});
