// `npm run bench:peers`: our banner head to head with vanilla-cookieconsent 3 and Klaro 0.7
// (dev dependencies used only here), each on a minimal page set up as its documentation
// shows (essential + analytics), in Debian's Chromium, pages alternated run by run, a fresh
// browser context each, files served gzip-compressed. A first visit and a returning
// visitor's page view (after Accept all in the same context). Prints a table of medians and
// our/their ratios and writes it to bench/results.md.
import { chromium } from 'playwright-core';
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromePath, CHROME_ARGS } from './chrome.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const here = (path) => new URL(path, import.meta.url);
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

const shadowBanner = "document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~=\"banner\"]')";
const contenders = {
  'privacy-elements': {
    head: '<script src="/dist/privacy-elements.min.js" defer></script>',
    banner: shadowBanner,
    accept: "document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~=\"accept-button\"]')",
  },
  'vanilla-cookieconsent 3.1': {
    head: '<link rel="stylesheet" href="/vanilla/cookieconsent.css"><script src="/vanilla/cookieconsent.umd.js" defer></script><script src="/vanilla/init.js" defer></script>',
    banner: "document.querySelector('#cc-main .cm')",
    accept: 'document.querySelector(\'#cc-main .cm [data-role="all"]\')',
  },
  'Klaro 0.7': {
    head: '<script src="/klaro/config.js" defer></script><script src="/klaro/klaro.js" defer></script>',
    banner: "document.querySelector('#klaro .cookie-notice')",
    accept: "document.querySelector('#klaro .cookie-notice .cm-btn-success')",
  },
};
const FILES = {
  '/vanilla/cookieconsent.css': here('../node_modules/vanilla-cookieconsent/dist/cookieconsent.css'),
  '/vanilla/cookieconsent.umd.js': here('../node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'),
  '/vanilla/init.js': here('./bench-vanilla-init.js'),
  '/klaro/klaro.js': here('../node_modules/klaro/dist/klaro.js'),
  '/klaro/config.js': here('./bench-klaro-config.js'),
};
const TYPES = { js: 'text/javascript; charset=utf-8', json: 'application/json', css: 'text/css' };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = FILES[url.pathname] ?? (url.pathname.startsWith('/dist/') ? here(`..${url.pathname}`) : null);
  if (file) {
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('content-type', TYPES[url.pathname.split('.').pop()] ?? 'application/octet-stream');
    res.setHeader('content-encoding', 'gzip');
    return res.end(gzipSync(body, { level: 9 }));
  }
  const who = contenders[url.searchParams.get('who')];
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${who?.head ?? ''}</head><body><h1>Minimal page</h1><p>Some text.</p></body></html>`,
  );
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS.filter((a) => a !== '--headless=new'), headless: true });

/** Watches the page from its first script on: when the banner is painted, layout shifts, long tasks. */
const watch = (banner) => `(() => {
  window.__shift = 0; window.__long = []; 
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shift += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  const check = () => { const b = ${banner}; if (b && b.getBoundingClientRect().height > 0) requestAnimationFrame(() => (window.__visible = performance.now())); else requestAnimationFrame(check); };
  requestAnimationFrame(check);
})()`;

/** One page view; `returning`: Accept all on a first view in the same context, then measure the next. */
async function view(name, returning) {
  const c = contenders[name];
  const context = await browser.newContext();
  const url = `${base}?who=${encodeURIComponent(name)}`;
  if (returning) {
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(`!!(${c.accept})`);
    await first.evaluate(`${c.accept}.click()`);
    await first.waitForTimeout(300);
    await first.close();
  }
  const page = await context.newPage();
  if (name !== 'none') await page.addInitScript(watch(c?.banner ?? 'null'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(name === 'none' ? base : url);
  if (!returning && c) await page.waitForFunction(() => window.__visible);
  await page.waitForTimeout(800);
  const m = await page.evaluate(() => ({
    visible: window.__visible ?? null,
    shift: window.__shift ?? 0,
    long: (window.__long ?? []).reduce((a, b) => a + b, 0),
    bytes: performance.getEntriesByType('resource').reduce((sum, e) => sum + e.encodedBodySize, 0),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  m.heap = metrics.find((x) => x.name === 'JSHeapUsedSize').value;
  await context.close();
  return m;
}

const names = Object.keys(contenders);
const results = {};
for (const returning of [false, true]) {
  const kind = returning ? 'returning visitor' : 'first visit';
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  const blank = [];
  for (const n of names) await view(n, returning); // warm the OS file cache
  for (let i = 0; i < RUNS; i++) {
    blank.push((await view('none', false)).heap);
    for (const n of names) runs[n].push(await view(n, returning));
  }
  results[kind] = Object.fromEntries(
    names.map((n) => [
      n,
      {
        bytes: median(runs[n].map((r) => r.bytes)),
        visible: returning ? null : median(runs[n].map((r) => r.visible)),
        shift: median(runs[n].map((r) => r.shift)),
        long: median(runs[n].map((r) => r.long)),
        heap: median(runs[n].map((r) => r.heap)) - median(blank),
      },
    ]),
  );
}

const ours = names[0];
const fmt = {
  bytes: (v) => `${(v / 1024).toFixed(1)} KiB`,
  visible: (v) => (v == null ? '—' : `${v.toFixed(0)} ms`),
  shift: (v) => v.toFixed(3),
  long: (v) => `${v.toFixed(0)} ms`,
  heap: (v) => `${(v / 1024 / 1024).toFixed(2)} MB`,
};
const labels = { bytes: 'bytes (gzip)', visible: 'banner visible', shift: 'layout shift', long: 'long tasks', heap: 'JS heap added' };
const lines = [
  `# Head to head (\`npm run bench:peers\`)`,
  '',
  `Chromium ${browser.version()}, minimal page, loopback server, files gzip-compressed, median of ${RUNS} runs, pages alternated, a fresh browser context each. A returning visitor: Accept all on a first view in the same context, then the next page view is measured. Ratios are ours / theirs.`,
  '',
];
for (const [kind, byName] of Object.entries(results)) {
  lines.push(
    `## ${kind}`,
    '',
    `| | ${names.join(' | ')} | ${names
      .slice(1)
      .map((n) => `ours / ${n}`)
      .join(' | ')} |`,
    `|---|${names.map(() => '---|').join('')}${names
      .slice(1)
      .map(() => '---|')
      .join('')}`,
  );
  for (const metric of Object.keys(labels)) {
    if (metric === 'visible' && kind !== 'first visit') continue;
    const cells = names.map((n) => fmt[metric](byName[n][metric]));
    const ratios = names.slice(1).map((n) => {
      const a = byName[ours][metric];
      const b = byName[n][metric];
      return a == null || !b ? '—' : `${(a / b).toFixed(2)}×`;
    });
    lines.push(`| ${labels[metric]} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  }
  lines.push('');
}
const text = lines.join('\n');
console.log(text);
mkdirSync(here('../bench/'), { recursive: true });
writeFileSync(here('../bench/results.md'), text + '\n');
await browser.close();
server.close();
