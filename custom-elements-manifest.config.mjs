// `cem analyze` (npm run build): the manifest in custom-elements.json, with module paths as the
// package ships them (dist/esm/*.js), each element's definition export, and editor data
// generated from it: VS Code's HTML custom data and JetBrains' web-types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { existsSync } from 'node:fs';

/** Where a source module is in the package: its `.js`, or its `.d.ts` for a module of types only. */
const shipped = (path) => {
  const js = path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
  const types = js.replace(/\.js$/, '.d.ts');
  return existsSync(js) || !existsSync(types) ? js : types;
};
const TAGS = { 'cookie-consent': 'CookieConsent', 'privacy-policy': 'PrivacyPolicy', 'rights-request-form': 'RightsRequestForm' };

/** Paths the package has, and the `define()` calls (our wrapper around `customElements.define`) as definitions. */
const packagePaths = () => ({
  name: 'privacy-elements-package-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      const tag = Object.keys(TAGS).find((t) => mod.path === `src/elements/${t}/define.ts`);
      if (tag) {
        mod.exports = [
          ...(mod.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: TAGS[tag], module: shipped(`src/elements/${tag}/${tag}.ts`) } },
        ];
      }
      mod.path = shipped(mod.path);
      for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = shipped(e.declaration.module);
      for (const d of mod.declarations ?? []) {
        if (d.superclass?.module) d.superclass.module = shipped(d.superclass.module);
        for (const m of d.members ?? []) if (m.inheritedFrom?.module) m.inheritedFrom.module = shipped(m.inheritedFrom.module);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/bench/**', 'src/parts/**', 'src/loader/**', 'src/drop-in*.ts', 'src/locales/load-json*.ts'],
  litelement: true,
  plugins: [
    packagePaths(),
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', packageJson: true }),
  ],
};
