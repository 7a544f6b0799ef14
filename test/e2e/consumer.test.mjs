// The package as a site installs it: `npm pack`, the tarball installed into two fresh apps
// (Vite + TypeScript, and React + TypeScript), type-checked under `strict`, built with Vite,
// loaded in Chromium: the banner works and the bundle holds one copy of Lit. Uses the npm
// registry's cache only (the dependencies are the repository's own).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, CHROME_ARGS } from '../../scripts/chrome.mjs';

const repo = new URL('../../', import.meta.url).pathname;
const bin = (name) => join(repo, 'node_modules/.bin', name);
let dir;
let browser;
const apps = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pe-consumer-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .trim()
    .split('\n')
    .pop();
  const version = (name) => JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  for (const [name, entry, react] of [
    ['vanilla', 'main.ts', false],
    ['react', 'main.tsx', true],
  ]) {
    const app = join(dir, name);
    mkdirSync(join(app, 'src'), { recursive: true });
    copyFileSync(new URL(`../consumer/${entry}`, import.meta.url), join(app, 'src', entry));
    const dependencies = {
      'privacy-elements': `file:${join(dir, tarball)}`,
      ...(react ? { react: version('react'), 'react-dom': version('react-dom'), '@types/react': version('@types/react'), '@types/react-dom': version('@types/react-dom') } : {}),
    };
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', dependencies }));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          jsx: 'react-jsx',
          types: [],
          skipLibCheck: false,
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><div id="root"></div><p id="decision"></p><script type="module" src="/src/${entry}"></script></body></html>`,
    );
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: app, stdio: 'ignore' });
    apps[name] = app;
  }
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS.filter((a) => a !== '--headless=new'), headless: true });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const name of ['vanilla', 'react']) {
  test(`${name} app: strict type-check, Vite build, the banner works in Chromium, one copy of Lit`, async () => {
    const app = apps[name];
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    execFileSync(bin('vite'), ['build', '--logLevel', 'error'], { cwd: app, stdio: 'pipe' });
    const out = join(app, 'dist');
    const js = readdirSync(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
      .join('\n');
    assert.equal(js.match(/litHtmlVersions/g)?.length, 1, 'one copy of Lit');
    const server = http.createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      try {
        const body = readFileSync(join(out, path === '/' ? 'index.html' : path));
        res.setHeader('content-type', { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(path || '.html')] ?? 'text/html');
        res.end(body);
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.locator('cookie-consent [part~="reject-button"]').click();
    await page.locator('#decision').filter({ hasText: 'reject-all:' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
    server.close();
  });
}
