// `npm run lint`: ESLint (typescript-eslint, Lit, lit-a11y) over the sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'test/fixtures/', '.data/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except those marked unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's assertions are property reads (`expect(x).to.exist`).
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // French typography: narrow no-break spaces inside « » and before ; : ! ?, in texts and their comments.
    files: ['src/locales/**'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true }] },
  },
);
