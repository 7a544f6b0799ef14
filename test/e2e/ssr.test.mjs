// SPEC: importing any npm entry in Node (server-side rendering) does not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';

for (const entry of ['privacy-elements', 'cookie-consent', 'privacy-policy', 'rights-request-form', 'core/index', 'index', 'locales/de']) {
  test(`dist/esm/${entry}.js imports in Node without a DOM`, async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const module = await import(`../../dist/esm/${entry}.js`);
    // Every entry gives something to use: the elements' classes, the core API or a language's texts.
    assert.ok(Object.keys(module).length > 0, `dist/esm/${entry}.js exports nothing`);
  });
}

test('the core parses a policy and reads a language in Node', async () => {
  const { parsePolicy, format, plural } = await import('../../dist/esm/core/index.js');
  assert.equal(parsePolicy('Privacy Policy\n\n1. Who we are\n\nA bakery.').sections[0].slug, '1-who-we-are');
  assert.equal(plural({ one: '{count} pole', few: '{count} pola', many: '{count} pól', other: '{count} pola' }, 5, 'pl'), '5 pól');
  assert.equal(format('{a}-{b}', { a: 1 }), '1-{b}');
});
