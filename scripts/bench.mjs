// `npm run bench`: bundle sizes, time from navigation start to a visible banner, and the
// JS heap the banner adds, measured in Debian's Chromium on a minimal page.
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { chromePath, CHROME_ARGS } from './chrome.mjs';
import { measure } from './sizes.mjs';
import { parsePolicy } from '../dist/esm/core/index.js';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../rollup.config.mjs';
import { createDemoServer } from '../demo/server.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const kb = (n) => `${(n / 1024).toFixed(2)} KiB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log('Bundle sizes (dist/*.min.js)');
console.log('file                        raw        gzip       brotli     budget (gzip)');
for (const s of measure()) {
  console.log(`${s.file.padEnd(27)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip).padEnd(10)} ${kb(s.brotli).padEnd(10)} ${s.budget ? `${kb(s.budget)} ${s.gzip <= s.budget ? 'ok' : 'OVER'}` : ''}`);
}

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
  samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
} catch {
  console.log('(../shared/policies not found: samples skipped)');
}
for (const name of samples) {
  const text = readFileSync(new URL(name, samplesDir), 'utf8');
  console.log(`${name.padEnd(27)} ${kb(Buffer.byteLength(text)).padEnd(10)} ${timeParse(text).toFixed(2)} ms`);
}
const corpusDir = new URL('../test/fixtures/policies/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));
const corpusText = corpus.join('\n\n');
console.log(`${`corpus (${corpus.length} policies)`.padEnd(27)} ${kb(Buffer.byteLength(corpusText)).padEnd(10)} ${timeParse(corpusText).toFixed(2)} ms (all at once)`);
const parseTimes = {};
for (const size of [512, 1024, 2048]) {
  const big = generatePolicy(size * 1024);
  parseTimes[size] = timeParse(big);
  console.log(`${`generated policy`.padEnd(27)} ${kb(Buffer.byteLength(big)).padEnd(10)} ${parseTimes[size].toFixed(1)} ms${size === 1024 ? ' (target: at most 80 ms)' : ''}`);
}
console.log(`doubling the input: 1 MiB / 512 KiB = ${(parseTimes[1024] / parseTimes[512]).toFixed(2)}x, 2 MiB / 1 MiB = ${(parseTimes[2048] / parseTimes[1024]).toFixed(2)}x the time (target: at most ~2.2x)`);

// What the rights-request form adds to the full bundle: the same build with its modules stubbed out.
{
  const full = config.find((c) => c.output.file === 'dist/privacy-elements.min.js');
  const formModules = /src\/(elements\/rights-request-form\/|core\/rights-request\/)/;
  const stub = {
    name: 'stub-form',
    load(id) {
      if (!formModules.test(id) || id.endsWith('define.ts')) return null;
      const src = readFileSync(id, 'utf8');
      const names = [...src.matchAll(/export (?:async )?(?:const|function|class|let) (\w+)/g)].map((m) => m[1]);
      return names.map((n) => (/^[A-Z]/.test(n) && /class/.test(src) && n === 'RightsRequestForm' ? `export class ${n} extends HTMLElement {}` : `export const ${n} = undefined;`)).join('\n');
    },
  };
  const sizeOf = async (plugins) => {
    const bundle = await rollup({ input: full.input, plugins, onwarn() {} });
    const { output } = await bundle.generate({ format: 'iife', inlineDynamicImports: true, plugins: full.output.plugins });
    return gzipSync(output[0].code, { level: 9 }).length;
  };
  const withForm = await sizeOf(full.plugins);
  const withoutForm = await sizeOf([stub, ...full.plugins]);
  console.log(`\nThe rights-request form's element and request core add ${kb(withForm - withoutForm)} gzip to privacy-elements.min.js (${kb(withoutForm)} without them; its texts and lists are not counted here)`);
}

// The backend's throughput on loopback: 50 concurrent clients, a bounded run, every 10th
// request a resend of an earlier one; stored rows must equal the distinct requests sent.
{
  const dataDir = mkdtempSync(join(tmpdir(), 'pe-bench-'));
  const srv = await createDemoServer({ port: 0, dataDir, rateLimit: false, adminToken: 'bench' });
  const TOTAL = Number(process.env.REQUESTS ?? 5000);
  const sent = [];
  let next = 0;
  let failures = 0;
  const body = (requestId) => JSON.stringify({ requestId, type: 'access', name: 'Bench Client', email: 'bench@example.org', relationship: 'self', jurisdiction: 'FR', account: '', details: '', locale: 'en', submittedAt: new Date().toISOString(), page: 'http://bench/' });
  const client = async () => {
    while (next < TOTAL) {
      const n = next++;
      const id = n % 10 === 9 && sent.length ? sent[n % sent.length] : randomUUID();
      sent.push(id);
      const res = await fetch(`${srv.url}/api/rights-requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': id }, body: body(id) });
      if (res.status !== 201) failures++;
      await res.arrayBuffer();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 50 }, client));
  const seconds = (performance.now() - t0) / 1000;
  const distinct = new Set(sent).size;
  const rows = srv.store.countRequests();
  console.log(`Backend: ${TOTAL} requests from 50 concurrent clients in ${seconds.toFixed(2)} s = ${Math.round(TOTAL / seconds)} requests/s; ${distinct} distinct, ${rows} rows stored${rows === distinct ? ' (equal)' : ' (MISMATCH)'}; ${failures} not 201`);
  await srv.close();
  rmSync(dataDir, { recursive: true, force: true });
}

// What a visitor downloads in each language (gzip, as a server would send it): the script and
// the JSON texts of their language for each element on the page (English is in the script).
{
  const { BUILT_IN } = await import('../dist/esm/locales/built-in.js');
  const gz = (file) => gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
  const texts = (lang, parts) => (lang === 'en' ? 0 : parts.reduce((sum, part) => sum + gz(`locales/${lang}.${part}.json`), 0));
  console.log('\nBytes downloaded per language (gzip): script + the language\'s texts');
  console.log('language  banner alone (cookie-consent.min.js)   all three (privacy-elements.min.js)');
  for (const lang of BUILT_IN) {
    const banner = gz('cookie-consent.min.js') + texts(lang, ['consent']);
    const all = gz('privacy-elements.min.js') + texts(lang, ['consent', 'policy', 'rights']);
    console.log(`${lang.padEnd(9)} ${kb(banner).padEnd(10)} (texts ${kb(texts(lang, ['consent'])).padEnd(9)})      ${kb(all).padEnd(10)} (texts ${kb(texts(lang, ['consent', 'policy', 'rights']))})`);
  }
}

// A minimal page, with and without the banner script.
const page = (script, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${script}</head>
<body><h1>Minimal page</h1><p>Some text.</p></body></html>`;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/dist/')) {
    res.setHeader('content-type', url.pathname.endsWith('.json') ? 'application/json' : 'text/javascript');
    return res.end(readFileSync(new URL(`..${url.pathname}`, import.meta.url)));
  }
  const bundle = url.searchParams.get('bundle');
  res.setHeader('content-type', 'text/html');
  res.end(page(bundle ? `<script src="/dist/${bundle}" defer></script>` : '', url.searchParams.get('lang') ?? 'en'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS.filter((a) => a !== '--headless=new'), headless: true });

/** ms from navigation start until the banner is in the layout and painted. */
async function timeToBanner(bundle, lang = 'en') {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.addInitScript(() => {
    const check = () => {
      const b = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]');
      if (b && b.getBoundingClientRect().height > 0) {
        // The frame after this one is the first that shows it.
        requestAnimationFrame(() => (window.__bannerVisible = performance.now()));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await p.goto(`${base}?bundle=${bundle}&lang=${lang}`);
  const t = await p.waitForFunction(() => window.__bannerVisible).then((h) => h.jsonValue());
  await context.close();
  return t;
}

/** JS heap used after forced GCs, once the page has settled. */
async function heap(bundle) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(bundle ? `${base}?bundle=${bundle}` : base);
  // A plain evaluate on both pages: Playwright's locators inject a script whose heap would count too.
  await p.evaluate(async (wait) => {
    while (wait && !document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }, Boolean(bundle));
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

console.log(`\nIn Chromium ${browser.version()}, minimal page, fresh context per run, median of ${RUNS}`);
for (const bundle of ['cookie-consent.min.js', 'privacy-elements.min.js']) {
  await timeToBanner(bundle); // warm the OS file cache
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToBanner(bundle));
  const without = [];
  const withIt = [];
  for (let i = 0; i < 3; i++) {
    without.push(await heap(null));
    withIt.push(await heap(bundle));
  }
  const added = median(withIt) - median(without);
  console.log(
    `${bundle.padEnd(27)} banner visible after ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ` +
      `JS heap added ${(added / 1024 / 1024).toFixed(2)} MB (${kb(added)})`,
  );
}
/**
 * A returning visitor's page view: a valid record is stored before the page loads. Returns the
 * JS heap kept (after forced GCs) and the main-thread script time (CDP `ScriptDuration`).
 */
async function returning(bundle) {
  const context = await browser.newContext();
  const p = await context.newPage();
  if (bundle) {
    await p.addInitScript(() => {
      const now = Date.now();
      const record = { schema: 1, id: '00000000-0000-4000-8000-000000000000', revision: '1', timestamp: new Date(now).toISOString(), expires: new Date(now + 864e5 * 30).toISOString(), method: 'reject-all', categories: { essential: true, analytics: false } };
      localStorage.setItem('cookie-consent', JSON.stringify(record));
    });
  }
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(bundle ? `${base}?bundle=${bundle}` : base);
  await p.evaluate(async (wait) => {
    while (wait && !window.PrivacyElements?.consent?.record) await new Promise((r) => setTimeout(r, 10));
  }, Boolean(bundle));
  await p.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const metric = (name) => metrics.find((m) => m.name === name).value;
  return { heap: metric('JSHeapUsedSize'), script: metric('ScriptDuration') * 1000 };
}

console.log(`\nA returning visitor's page view (a valid record stored; median of ${RUNS}, fresh context each)`);
for (const bundle of ['cookie-consent.min.js', 'privacy-elements.min.js']) {
  const withIt = [];
  const without = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await returning(null));
    withIt.push(await returning(bundle));
  }
  const heapAdded = median(withIt.map((r) => r.heap)) - median(without.map((r) => r.heap));
  const scriptAdded = median(withIt.map((r) => r.script)) - median(without.map((r) => r.script));
  console.log(`${bundle.padEnd(27)} main-thread script time added ${scriptAdded.toFixed(1)} ms; JS heap added ${(heapAdded / 1024 / 1024).toFixed(2)} MB`);
}

// A German page fetches de.consent.json before the banner shows (English must not flash first).
console.log(`\nTime to a visible banner by page language (cookie-consent.min.js, loopback server, median of ${RUNS})`);
for (const lang of ['en', 'de', 'pl']) {
  await timeToBanner('cookie-consent.min.js', lang);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToBanner('cookie-consent.min.js', lang));
  console.log(`<html lang="${lang}">  banner visible after ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
}
await browser.close();
server.close();

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
