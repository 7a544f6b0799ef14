// Writes each built-in language as one JSON file per element (`dist/locales/de.consent.json`),
// for the script-tag bundles, which fetch the visitor's language from their own folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { BUILT_IN } from '../dist/esm/locales/built-in.js';

const root = new URL('../dist/locales/', import.meta.url);
await mkdir(root, { recursive: true });
for (const lang of BUILT_IN) {
  const texts = await import(`../dist/esm/locales/${lang}.js`);
  for (const part of ['consent', 'policy', 'rights']) {
    await writeFile(new URL(`${lang}.${part}.json`, root), JSON.stringify(texts[part]));
  }
}
