// Two kinds of output (SPEC "Package layout"):
// 1. npm entries: ESM, one file per module, lit and js-cookie external so a
//    site's bundler shares one copy.
// 2. Script-tag bundles: classic IIFE scripts with everything inlined and minified.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const ts = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'], declaration: false, noEmit: false });

const external = (id) => /^(lit|lit-html|lit-element|js-cookie|react|react-dom)(\/|$)|^@lit\//.test(id);

const npm = {
  input: {
    'privacy-elements': 'src/privacy-elements.ts',
    index: 'src/index.ts',
    'define-all': 'src/define-all.ts',
    'cookie-consent': 'src/cookie-consent.ts',
    'privacy-policy': 'src/privacy-policy.ts',
    'rights-request-form': 'src/rights-request-form.ts',
    'core/index': 'src/core/index.ts',
    react: 'src/react.ts',
    jsx: 'src/jsx.ts',
  },
  external,
  plugins: [ts()],
  output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

/**
 * The script-tag builds fetch a language as JSON from `dist/locales/` instead of importing
 * it (a fetch works under the strict CSP and Trusted Types, and downloads one language):
 * the classic scripts find the folder from their own `<script>`, the parts (modules) from
 * `import.meta.url`.
 */
const jsonLocales = (loader) => ({
  name: 'json-locales',
  async resolveId(source, importer) {
    if (source === './load.js' && importer?.replaceAll('\\', '/').endsWith('/src/locales/index.ts')) return this.resolve(loader, importer);
    return null;
  },
});

const minify = (module) => terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

// js-cookie's module makes its API object at load time; nothing else there has an effect, so
// a part that does not write cookies (the form's drafts) need not carry it.
const treeshake = { moduleSideEffects: (id) => !/node_modules\/js-cookie\//.test(id.replaceAll('\\', '/')) };

/**
 * The classic scripts a site pastes: `privacy-elements.min.js`, the loader (no Lit; the rest
 * comes from `parts/`), and `cookie-consent.min.js`, the same loader with the banner's
 * interface inside.
 */
const script = (input, file) => ({
  input,
  treeshake,
  plugins: [jsonLocales('./load-json.js'), minifyHTML(), nodeResolve({ browser: true }), ts()],
  // One file: the dialog, a separate chunk for bundlers and parts, is inside.
  output: { file, format: 'iife', inlineDynamicImports: true, plugins: [minify(false)] },
});

/**
 * What the loaders import when needed, as modules beside them (`dist/parts/`): the banner's
 * interface, the policy display and the form. Lit and other shared code go in a chunk the
 * parts share, so a page with all three elements downloads Lit once.
 */
const parts = {
  treeshake,
  input: {
    consent: 'src/parts/consent.ts',
    policy: 'src/parts/policy.ts',
    form: 'src/parts/form.ts',
  },
  plugins: [jsonLocales('./load-json-module.js'), minifyHTML(), nodeResolve({ browser: true }), ts()],
  output: {
    dir: 'dist/parts',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => ({ shared: 'shared.js', common: 'common.js', consent: 'consent-core.js', 'preferences-dialog': 'consent-dialog.js' })[chunk.name] ?? '[name]-[hash].js',
    // Stable names, so the loader imports a part's chunks beside it (not one after the other):
    // `shared.js` holds Lit (for the dialog, the policy and the form); `common.js` the code every
    // part uses (texts and languages, events, storage); `consent.js` the banner's runtime and
    // first layer, which need no Lit.
    manualChunks: (id) => {
      const path = id.replaceAll('\\', '/');
      if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|src\/elements\/shared\/css\.ts$/.test(path)) return 'shared';
      if (/src\/(elements\/shared|core\/i18n)\/|src\/core\/(consent\/key-value|uuid|url)\.ts$|src\/locales\/(index|built-in|load-json-module)\.ts$/.test(path)) return 'common';
      if (/src\/(core\/consent|integrations)\/|node_modules\/js-cookie\/|src\/elements\/cookie-consent\/(first-layer|cookie-consent\.styles)\.ts$|src\/locales\/en\/consent\.ts$/.test(path)) return 'consent';
      return undefined;
    },
    plugins: [minify(true)],
  },
};

export default [npm, script('src/drop-in.ts', 'dist/privacy-elements.min.js'), script('src/drop-in-consent.ts', 'dist/cookie-consent.min.js'), parts];
