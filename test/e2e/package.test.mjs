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

test('the manifest describes the package as shipped, and editor data comes with it', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  for (const mod of manifest.modules) assert.ok(files.has(mod.path), `the manifest names ${mod.path}, which the package does not ship`);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  assert.deepEqual(definitions.sort(), ['cookie-consent', 'privacy-policy', 'rights-request-form']);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const el of elements) for (const event of el.events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${el.tagName} ${event.name}`);
  const parts = (tag) => elements.find((e) => e.tagName === tag).cssParts.map((p) => p.name);
  assert.ok(parts('cookie-consent').includes('dismiss-button'));
  assert.ok(parts('privacy-policy').includes('table-scroll'));
  for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) assert.ok(files.has(file), file);
  assert.equal(pkg['web-types'], './web-types.json');
  const html = JSON.parse(readFileSync(new URL('../../vscode.html-custom-data.json', import.meta.url), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), ['cookie-consent', 'privacy-policy', 'rights-request-form']);
});

test('the manifest gives each element property its description and default', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const field = (tag, name) =>
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === tag)
      .members.find((m) => m.kind === 'field' && m.name === name);
  for (const [tag, name, value] of [
    ['cookie-consent', 'storageKey', 'cookie-consent'],
    ['cookie-consent', 'expiresDays', '180'],
    ['cookie-consent', 'layout', 'bar'],
    ['privacy-policy', 'headingLevel', '2'],
    ['rights-request-form', 'responseDays', '30'],
    ['rights-request-form', 'method', 'POST'],
  ]) {
    assert.equal(String(field(tag, name)?.default).replace(/^'(.*)'$/, '$1'), value, `${tag}.${name}`);
    assert.ok(field(tag, name).description, `${tag}.${name} has a description`);
  }
  assert.ok(field('cookie-consent', 'categories').description);
});
