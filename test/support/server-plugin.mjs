// Real endpoints on the test server for the browser tests:
// - /test-api/consents: POST stores the JSON body, GET lists what was stored, DELETE clears;
// - /shared-policies/<name>: the sample policies in ../shared/policies (used in place, never copied);
// - /test-api/policy/<case>: answers the way a broken policy URL does;
// - /test-api/policy-corpus: test/fixtures/policies with their expectations, as JSON.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const policies = fileURLToPath(new URL('../../../shared/policies/', import.meta.url));
const corpus = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));

/** Every policy of the corpus with its expectations, the text byte-exact (CR and CRLF kept). */
async function readCorpus() {
  const names = (await readdir(corpus)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      text: await readFile(corpus + name, 'utf8'),
      expect: JSON.parse(await readFile(corpus + name.replace(/\.(txt|md)$/, '.expect.json'), 'utf8')),
    })),
  );
}

export function testApiMiddleware() {
  const stored = [];
  const rights = { log: [], attempts: new Map(), held: [] };
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test-api/rights/')) return rightsCase(ctx, ctx.path.slice('/test-api/rights/'.length), rights);
    if (ctx.path.startsWith('/shared-policies/')) {
      const name = ctx.path.slice('/shared-policies/'.length);
      if (!/^[\w-]+\.txt$/.test(name)) return next();
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = await readFile(policies + name, 'utf8');
      return;
    }
    if (ctx.path === '/test-api/policy-corpus') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(await readCorpus());
      return;
    }
    if (ctx.path.startsWith('/test-api/policy/')) return policyCase(ctx, ctx.path.slice('/test-api/policy/'.length));
    if (ctx.path !== '/test-api/consents') return next();
    if (ctx.method === 'POST') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      try {
        stored.push({ contentType: ctx.get('content-type'), body: JSON.parse(body) });
        ctx.status = 201;
        ctx.body = { ok: true };
      } catch {
        ctx.status = 400;
        ctx.body = { error: 'not JSON' };
      }
    } else if (ctx.method === 'DELETE') {
      stored.length = 0;
      ctx.status = 204;
    } else {
      ctx.body = stored;
    }
  };
}

async function policyCase(ctx, name) {
  switch (name) {
    case 'markdown':
      ctx.type = 'text/markdown; charset=utf-8';
      ctx.body =
        '# Privacy Policy\n\nLast updated: 2026-05-24\n\n## 1. Data we collect\n\n- Your **e-mail** address\n- Your name\n\n## 2. Contact\n\nWrite to privacy@example.org.\n';
      return;
    case 'json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        title: 'From JSON',
        dates: [],
        blocks: [],
        sections: [
          {
            slug: 'one',
            number: '1',
            title: 'One',
            level: 1,
            blocks: [{ type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'bad link' }] }] }],
            children: [],
          },
          { slug: 'two', number: '2', title: 'Two', level: 1, blocks: [], children: [] },
        ],
      });
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>not a policy</p>';
      return;
    case 'image':
      ctx.type = 'image/png';
      ctx.body = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
      return;
    case 'large':
      ctx.type = 'text/plain';
      ctx.body = 'word '.repeat(450 * 1024);
      return;
    case 'server-error':
      ctx.status = 500;
      ctx.body = 'boom';
      return;
    case 'echo':
      // The policy text from the query string, as a site's server would send it.
      ctx.type = ctx.query.type || 'text/plain; charset=utf-8';
      ctx.body = ctx.query.text ?? '';
      return;
    case 'hang':
      // Never answers: the element stays in its loading state until the request is aborted.
      await new Promise((resolve) => ctx.req.on('close', resolve));
      ctx.status = 204;
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, 400));
      ctx.type = 'text/plain';
      ctx.body = 'Privacy Policy\n\n1. Slow section\nArrived late.';
      return;
    default:
      ctx.status = 404;
      ctx.body = 'not found';
  }
}

/** Rights-request endpoints that behave the ways a backend can: each attempt is logged. */
async function rightsCase(ctx, name, rights) {
  if (name === 'release') {
    // Lets every request held by `held` answer.
    for (const release of rights.held.splice(0)) release();
    ctx.status = 204;
    return;
  }
  if (name === 'log') {
    if (ctx.method === 'DELETE') {
      for (const release of rights.held.splice(0)) release();
      rights.log.length = 0;
      rights.attempts.clear();
      ctx.status = 204;
    } else ctx.body = rights.log;
    return;
  }
  let raw = '';
  for await (const chunk of ctx.req) raw += chunk;
  const key = ctx.get('idempotency-key');
  const tries = (rights.attempts.get(key) ?? 0) + 1;
  rights.attempts.set(key, tries);
  rights.log.push({ scenario: name, method: ctx.method, key, contentType: ctx.get('content-type'), body: raw, attempt: tries });
  switch (name) {
    case 'ok':
      ctx.status = 201;
      ctx.body = { id: 'srv-id', reference: 'RR-TEST-0001', dueBy: '2026-12-23' };
      return;
    case 'flaky':
      if (tries <= 2) {
        ctx.status = 500;
        ctx.body = { error: 'temporary failure' };
      } else {
        ctx.status = 201;
        ctx.body = { reference: `RR-FLAKY-${tries}` };
      }
      return;
    case 'reject':
      ctx.status = 422;
      ctx.body = { error: 'Some fields are not valid.', errors: { email: 'The server does not accept this address.' } };
      return;
    case 'held':
      // Answers 201 only once the test asks (/test-api/rights/release): the form stays in its sending state.
      await new Promise((resolve) => rights.held.push(resolve));
      ctx.status = 201;
      ctx.body = { reference: 'RR-HELD-1' };
      return;
    case 'never':
      await new Promise((resolve) => ctx.req.on('close', resolve));
      return;
    case 'down':
      ctx.status = 503;
      ctx.set('retry-after', '0');
      ctx.body = { error: 'maintenance' };
      return;
    default:
      return;
  }
}
