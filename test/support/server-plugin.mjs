// A real endpoint on the test server, for the browser tests of `consent-endpoint`:
// POST /test-api/consents stores the JSON body, GET lists what was stored, DELETE clears.
export function testApiMiddleware() {
  const stored = [];
  return async (ctx, next) => {
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
