// `npm run bench`: bundle sizes, bytes per page view, time from navigation start to a visible
// banner on a first visit (side by side with the single-file design and vanilla-cookieconsent,
// on loopback and throttled networks), and the JS heap and main-thread time the banner adds,
// measured in Debian's Chromium on a minimal page.
import { chromium } from 'playwright-core';
import http from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { chromePath, CHROME_ARGS } from './chrome.mjs';
import { measure, measureParts } from './sizes.mjs';
import { parsePolicy } from '../dist/esm/core/index.js';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../rollup.config.mjs';
import { measurePageViews, PAGE_BUDGETS } from './page-views.mjs';
import { start as startForViews } from '../test/e2e/helpers.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const kb = (n) => `${(n / 1024).toFixed(2)} KiB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log('The scripts a site pastes (dist/*.min.js, the loader)');
console.log('file                        raw        gzip       brotli     budget (gzip)');
for (const s of measure()) {
  console.log(
    `${s.file.padEnd(27)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip).padEnd(10)} ${kb(s.brotli).padEnd(10)} ${s.budget ? `${kb(s.budget)} ${s.gzip <= s.budget ? 'ok' : 'OVER'}` : ''}`,
  );
}
console.log('\nWhat the loader imports when a page view needs it (dist/parts/, gzip)');
for (const p of measureParts()) console.log(`${p.file.padEnd(38)} ${kb(p.gzip)}`);

// Policy parsing, in Node on the built core, first (before the backend's load and the browser):
// each sample, the corpus, and generated policies of 512 KiB, 1 MiB and 2 MiB.
const samplesDir = new URL('../../shared/policies/', import.meta.url);
const timeParse = (text) => {
  for (let i = 0; i < 3; i++) parsePolicy(text);
  const times = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    parsePolicy(text);
    times.push(performance.now() - t0);
  }
  return median(times);
};
console.log('\nparsePolicy in Node, before anything else runs: median of 15 runs after 3 warm-up runs');
let samples = [];
try {
  samples = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
} catch {
  console.log('(../shared/policies not found: samples skipped)');
}
for (const name of samples) {
  const text = readFileSync(new URL(name, samplesDir), 'utf8');
  console.log(`${name.padEnd(27)} ${kb(Buffer.byteLength(text)).padEnd(10)} ${timeParse(text).toFixed(2)} ms`);
}
const corpusDir = new URL('../test/fixtures/policies/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));
const corpusText = corpus.join('\n\n');
console.log(`${`corpus (${corpus.length} policies)`.padEnd(27)} ${kb(Buffer.byteLength(corpusText)).padEnd(10)} ${timeParse(corpusText).toFixed(2)} ms (all at once)`);
const parseTimes = {};
for (const size of [512, 1024, 2048]) {
  const big = generatePolicy(size * 1024);
  parseTimes[size] = timeParse(big);
  console.log(`${`generated policy`.padEnd(27)} ${kb(Buffer.byteLength(big)).padEnd(10)} ${parseTimes[size].toFixed(1)} ms${size === 1024 ? ' (target: at most 80 ms)' : ''}`);
}
console.log(
  `doubling the input: 1 MiB / 512 KiB = ${(parseTimes[1024] / parseTimes[512]).toFixed(2)}x, 2 MiB / 1 MiB = ${(parseTimes[2048] / parseTimes[1024]).toFixed(2)}x the time (target: at most ~2.2x)`,
);

// What a bundler user pays (esbuild, minified, code splitting): the code an entry loads up
// front, gzip; the dialog and the languages are chunks loaded when needed.
{
  const { build } = await import('esbuild');
  const { symlinkSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'pe-npm-size-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(new URL('..', import.meta.url).pathname, join(dir, 'node_modules', 'privacy-elements'));
  console.log('\nWhat an npm entry costs a bundled app (esbuild, minified, code splitting; gzip loaded up front)');
  for (const [code, label] of [
    ["import 'privacy-elements';", 'privacy-elements (registers all three)'],
    ["import 'privacy-elements/cookie-consent';", 'privacy-elements/cookie-consent'],
    ["import 'privacy-elements/privacy-policy';", 'privacy-elements/privacy-policy'],
    ["import 'privacy-elements/rights-request-form';", 'privacy-elements/rights-request-form'],
    ["import { parsePolicy } from 'privacy-elements/core'; console.log(parsePolicy);", 'privacy-elements/core: parsePolicy'],
    [
      "import { createConsentStore, resolveConsentOptions } from 'privacy-elements/core'; console.log(createConsentStore, resolveConsentOptions);",
      'privacy-elements/core: consent store',
    ],
  ]) {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    writeFileSync(join(dir, 'case.js'), code);
    const { metafile } = await build({
      entryPoints: [join(dir, 'case.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir: join(dir, 'out'),
      metafile: true,
      logLevel: 'error',
      absWorkingDir: dir,
    });
    const upFront = new Set();
    const walk = (f) => {
      if (upFront.has(f)) return;
      upFront.add(f);
      for (const i of metafile.outputs[f].imports) if (i.kind === 'import-statement') walk(i.path);
    };
    walk('out/case.js');
    const bytes = [...upFront].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    console.log(`${label.padEnd(42)} ${kb(bytes)}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

// The backend's load and crash runs are scripts/bench-backend.mjs (run after this one by `npm run bench`).

// What each kind of page view downloads from dist/ (gzip, as a server would send it), measured
// by loading real pages in Chromium: the loader, the parts it imports, the language's texts.
{
  const env = await startForViews();
  const rows = await measurePageViews(env);
  await env.close();
  console.log('\nBytes per page view, privacy-elements.min.js (gzip, everything downloaded from dist/; issue 9 budget / goal)');
  const views = Object.keys(PAGE_BUDGETS);
  console.log(`language  ${views.map((v) => v.padEnd(20)).join('')}`);
  for (const lang of [...new Set(rows.map((r) => r.lang))]) {
    console.log(`${lang.padEnd(9)} ${views.map((v) => kb(rows.find((r) => r.lang === lang && r.view === v).bytes).padEnd(20)).join('')}`);
  }
  console.log(`budget    ${views.map((v) => `${kb(PAGE_BUDGETS[v].budget)} / ${kb(PAGE_BUDGETS[v].goal)}`.padEnd(20)).join('')}`);
}

// The bench-only reference: the banner as one classic script with everything inside, as
// cookie-consent.min.js was before the loader (see src/bench/single-file.ts).
const singleDir = mkdtempSync(join(tmpdir(), 'pe-single-'));
{
  const script = config.find((c) => c.output.file === 'dist/cookie-consent.min.js');
  const bundle = await rollup({ input: 'src/bench/single-file.ts', plugins: script.plugins, treeshake: script.treeshake, onwarn() {} });
  await bundle.write({ file: join(singleDir, 'cookie-consent.min.js'), format: 'iife', inlineDynamicImports: true, plugins: script.output.plugins });
}

// A minimal page with one contender: ours (a script of dist/), the single-file reference, or
// vanilla-cookieconsent 3 (its CSS, its script and its set-up, all from the page's HTML).
const vanilla = (file) => new URL(`../node_modules/vanilla-cookieconsent/dist/${file}`, import.meta.url);
const tags = {
  ours: (bundle) => `<script src="/dist/${bundle}" defer></script>`,
  single: () => '<script src="/single/cookie-consent.min.js" defer></script>',
  vanilla: () =>
    '<link rel="stylesheet" href="/vanilla/cookieconsent.css"><script src="/vanilla/cookieconsent.umd.js" defer></script><script src="/vanilla/init.js" defer></script>',
};
const page = (head, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${head}</head>
<body><h1>Minimal page</h1><p>Some text.</p></body></html>`;
const TYPES = { js: 'text/javascript', json: 'application/json', css: 'text/css' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = url.pathname.startsWith('/dist/')
    ? new URL(`..${url.pathname}`, import.meta.url)
    : url.pathname.startsWith('/single/')
      ? join(singleDir, url.pathname.slice(8))
      : url.pathname === '/vanilla/init.js'
        ? new URL('./bench-vanilla-init.js', import.meta.url)
        : url.pathname.startsWith('/vanilla/')
          ? vanilla(url.pathname.slice(9))
          : null;
  if (file) {
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.statusCode = 404;
      return res.end();
    }
    // Compressed, as any real server sends scripts.
    res.setHeader('content-type', TYPES[url.pathname.split('.').pop()] ?? 'application/octet-stream');
    res.setHeader('content-encoding', 'gzip');
    return res.end(gzipSync(body, { level: 9 }));
  }
  const who = url.searchParams.get('who') ?? 'ours';
  res.setHeader('content-type', 'text/html');
  res.end(page(who === 'none' ? '' : tags[who](url.searchParams.get('bundle')), url.searchParams.get('lang') ?? 'en'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS.filter((a) => a !== '--headless=new'), headless: true });

/** Networks a first visit is timed on: loopback, and throttled like a good and a poor mobile connection. */
const NETWORKS = {
  loopback: null,
  '4G (40 ms, 10 Mbit/s)': { latency: 40, mbps: 10 },
  '3G (150 ms, 1.6 Mbit/s)': { latency: 150, mbps: 1.6 },
};

/** ms from navigation start until the banner is in the layout and painted. */
async function timeToBanner(query, lang = 'en', network = null) {
  const context = await browser.newContext();
  const p = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    const bytes = (network.mbps * 1024 * 1024) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latency, downloadThroughput: bytes, uploadThroughput: bytes / 2 });
  }
  await p.addInitScript(() => {
    const check = () => {
      const b = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]') ?? document.querySelector('#cc-main .cm');
      if (b && b.getBoundingClientRect().height > 0) {
        // The frame after this one is the first that shows it.
        requestAnimationFrame(() => (window.__bannerVisible = performance.now()));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await p.goto(`${base}?${query}&lang=${lang}`);
  const t = await p.waitForFunction(() => window.__bannerVisible).then((h) => h.jsonValue());
  await context.close();
  return t;
}

/** JS heap used after forced GCs, once the page has settled. */
async function heap(query) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${base}?${query}`);
  // A plain evaluate on both pages: Playwright's locators inject a script whose heap would count too.
  await p.evaluate(async (wait) => {
    while (wait && !(document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]') ?? document.querySelector('#cc-main .cm'))) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }, !query.includes('who=none'));
  await p.waitForTimeout(500);
  const cdp = await context.newCDPSession(p);
  // Two full collections leave only what the page really keeps.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

// A first visit, side by side: the contenders' pages alternate run by run, a fresh context each.
console.log(
  `\nFirst visit: time to a visible banner, in Chromium ${browser.version()}, minimal page, median of ${RUNS} (pages alternated, fresh context each, files gzip-compressed)`,
);
const contenders = [
  ['privacy-elements.min.js (loader)', 'who=ours&bundle=privacy-elements.min.js', ['en', 'de']],
  ['cookie-consent.min.js (loader)', 'who=ours&bundle=cookie-consent.min.js', ['en', 'de']],
  ['single file (before the loader)', 'who=single', ['en']],
  ['vanilla-cookieconsent 3.1.0', 'who=vanilla', ['en', 'de']],
];
for (const [name, network] of Object.entries(NETWORKS)) {
  for (const lang of ['en', 'de']) {
    const these = contenders.filter(([, , langs]) => langs.includes(lang));
    const times = these.map(() => []);
    for (const [, query] of these) await timeToBanner(query, lang, network); // warm the OS file cache
    for (let i = 0; i < RUNS; i++) for (const [j, [, query]] of these.entries()) times[j].push(await timeToBanner(query, lang, network));
    const reference = median(times[these.findIndex(([n]) => n.startsWith('vanilla'))]);
    console.log(`${name}, <html lang="${lang}">`);
    for (const [j, [label]] of these.entries()) {
      const m = median(times[j]);
      console.log(
        `  ${label.padEnd(34)} ${m.toFixed(1).padStart(7)} ms (min ${Math.min(...times[j]).toFixed(1)}, max ${Math.max(...times[j]).toFixed(1)})  ${(m / reference).toFixed(2)}x vanilla-cookieconsent`,
      );
    }
  }
}

console.log(`\nJS heap a first visit adds (median of 3)`);
for (const [label, query] of contenders) {
  const without = [];
  const withIt = [];
  for (let i = 0; i < 3; i++) {
    without.push(await heap('who=none'));
    withIt.push(await heap(query));
  }
  const added = median(withIt) - median(without);
  console.log(`  ${label.padEnd(34)} ${(added / 1024 / 1024).toFixed(2)} MB (${kb(added)})`);
}

/**
 * A returning visitor's page view: a valid record is stored before the page loads. Returns the
 * JS heap kept (after forced GCs) and the main-thread script time (CDP `ScriptDuration`).
 */
async function returning(query) {
  const context = await browser.newContext();
  const p = await context.newPage();
  if (!query.includes('who=none')) {
    await p.addInitScript(() => {
      const now = Date.now();
      const record = {
        schema: 1,
        id: '00000000-0000-4000-8000-000000000000',
        revision: '1',
        timestamp: new Date(now).toISOString(),
        expires: new Date(now + 864e5 * 30).toISOString(),
        method: 'reject-all',
        categories: { essential: true, analytics: false },
      };
      localStorage.setItem('cookie-consent', JSON.stringify(record));
    });
  }
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(`${base}?${query}`);
  await p.evaluate(async (wait) => {
    while (wait && !(window.PrivacyElements?.consent?.record ?? document.querySelector('cookie-consent')?.record)) await new Promise((r) => setTimeout(r, 10));
  }, !query.includes('who=none'));
  await p.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const metric = (name) => metrics.find((m) => m.name === name).value;
  return { heap: metric('JSHeapUsedSize'), script: metric('ScriptDuration') * 1000 };
}

console.log(`\nA returning visitor's page view (a valid record stored; median of ${RUNS}, fresh context each)`);
for (const [label, query] of contenders.filter(([n]) => !n.startsWith('vanilla'))) {
  const withIt = [];
  const without = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await returning('who=none'));
    withIt.push(await returning(query));
  }
  const heapAdded = median(withIt.map((r) => r.heap)) - median(without.map((r) => r.heap));
  const scriptAdded = median(withIt.map((r) => r.script)) - median(without.map((r) => r.script));
  console.log(`  ${label.padEnd(34)} main-thread script time added ${scriptAdded.toFixed(1)} ms; JS heap added ${(heapAdded / 1024 / 1024).toFixed(2)} MB`);
}
await browser.close();
server.close();
rmSync(singleDir, { recursive: true, force: true });

/** A policy of about `bytes` bytes using every habit the parser reads. */
function generatePolicy(bytes) {
  const parts = ['Privacy Policy — Generated', 'Last updated: May 8, 2026', 'Effective Date: 30-07-2022', ''];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const section = [
      `${n}. Section number ${n} about data`,
      `This paragraph of section ${n} is hard-wrapped at about eighty columns, so the parser`,
      'has to join it back together, and it mentions privacy@example.org and https://example.org/a.',
      `${n}.1 Personal data`,
      '- Name, e-mail address and **billing** details',
      '-',
      'An item after a dash alone on its line, with `inline code`',
      '- Service providers :',
      '- Hosting (EU region)',
      '- Legal requirements : court orders',
      `${n}.2 Retention`,
      '| Data | Period | Reason |',
      '|---|---|---|',
      `| Account ${n} | 7 years | Tax law |`,
      '| Logs | 90 days | Security |',
      'Unnumbered heading here',
      'A paragraph that follows an unnumbered heading and is long enough to be one for sure.',
      'Wir verarbeiten Ihre Daten nach Art. 6 DSGVO, soweit dies für die Erfüllung',
      'des Vertrags erforderlich ist:',
      '(a) Name und Anschrift;',
      '(b) E-Mail-Adresse;',
      '(c) Zahlungsdaten, wenn Sie online bezahlen.',
      'o    Sub-item written the way word processors export it',
      'o    Another sub-item',
      'YOUR RIGHTS',
      'Vous pouvez exercer vos droits\u00a0: accès, rectification et effacement.',
      '',
    ].join('\n');
    parts.push(section);
    size += section.length;
  }
  return parts.join('\n');
}
