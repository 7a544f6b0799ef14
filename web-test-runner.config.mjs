import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromePath, CHROME_ARGS } from './scripts/chrome.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { testApiMiddleware } from './test/support/server-plugin.mjs';

export default {
  files: ['test/unit/**/*.test.ts', 'test/elements/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // Focus and keyboard tests need the page to themselves.
  concurrency: 1,
  middleware: [testApiMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testsFinishTimeout: 180000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser.json')],
};
