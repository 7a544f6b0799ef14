import { expect } from '@open-wc/testing';
import { createRequestClient, encodeRequest, parseRetryAfter, type RequestClientOptions } from '../../src/core/rights-request/request-client.js';
import { createDraftStore, draftKey } from '../../src/core/rights-request/drafts.js';
import { validateRequest } from '../../src/core/rights-request/validate.js';
import { typesFor } from '../../src/core/rights-request/jurisdictions.js';
import { createFallbackStorage, memoryBackend } from '../../src/core/consent/storage.js';
import type { RightsRequestPayload } from '../../src/core/rights-request/request-types.js';

const payload: RightsRequestPayload = {
  requestId: '6f1c2f3e-8f7a-4b7e-9c1d-2a3b4c5d6e7f',
  type: 'erasure',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  relationship: 'self',
  jurisdiction: 'FR',
  account: '',
  details: 'free text',
  locale: 'en',
  submittedAt: '2026-11-23T10:00:00.000Z',
  page: 'https://site.example/privacy',
};

type Call = { url: string; init: RequestInit };
/** A fake fetch that answers from a script, one entry per call. */
function scripted(answers: Array<Response | Error | 'hang'>) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (next === 'hang') {
      return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (next instanceof Error) throw next;
    return next.clone();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function client(answers: Array<Response | Error | 'hang'>, options: Partial<RequestClientOptions> = {}) {
  const f = scripted(answers);
  const sleeps: number[] = [];
  const c = createRequestClient({
    endpoint: '/api/rights-requests',
    fetch: f.fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    now: () => Date.parse('2026-11-23T10:00:00Z'),
    ...options,
  });
  return { client: c, calls: f.calls, sleeps };
}

describe('request client', () => {
  it('sends JSON with the Idempotency-Key equal to requestId, the method, credentials and extra headers', async () => {
    const { client: c, calls } = client([json(201, { id: 'srv-1', reference: 'RR-1' })], { method: 'PUT', credentials: 'include', headers: { 'X-CSRF-Token': 'abc' } });
    const outcome = await c.send(payload);
    expect(outcome).to.deep.include({ kind: 'success', status: 201, reference: 'RR-1', attempts: 1 });
    const { init } = calls[0];
    expect(init.method).to.equal('PUT');
    expect(init.credentials).to.equal('include');
    expect(init.headers).to.deep.include({ 'Idempotency-Key': payload.requestId, 'X-CSRF-Token': 'abc', 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body as string)).to.deep.equal(payload);
  });

  it('encodes form and multipart bodies with exactly the same keys', async () => {
    const form = encodeRequest(payload, 'form').body as URLSearchParams;
    expect(Object.fromEntries(form)).to.deep.equal(payload);
    const multi = encodeRequest(payload, 'multipart').body as FormData;
    expect(Object.fromEntries(multi as unknown as Iterable<[string, string]>)).to.deep.equal(payload);
    expect(encodeRequest(payload, 'multipart').contentType).to.equal(undefined);
  });

  it('takes the reference from id when there is no reference, else the requestId', async () => {
    expect(await client([json(201, { id: 'srv-9' })]).client.send(payload)).to.deep.include({ kind: 'success', reference: 'srv-9' });
    const empty = await client([new Response(null, { status: 204 })]).client.send(payload);
    expect(empty).to.deep.include({ kind: 'success', reference: payload.requestId, response: null });
    const text = await client([new Response('thanks', { status: 200 })]).client.send(payload);
    expect(text).to.deep.include({ kind: 'success', response: 'thanks' });
  });

  it('retries 5xx with exponential backoff and jitter, always with the same requestId', async () => {
    const { client: c, calls, sleeps } = client([json(500, { error: 'boom' }), json(502, 'bad'), json(201, { id: 'ok' })]);
    const outcome = await c.send(payload);
    expect(outcome).to.deep.include({ kind: 'success', attempts: 3 });
    expect(calls.map((x) => (x.init.headers as Record<string, string>)['Idempotency-Key'])).to.deep.equal([payload.requestId, payload.requestId, payload.requestId]);
    expect(calls.map((x) => JSON.parse(x.init.body as string).requestId)).to.deep.equal([payload.requestId, payload.requestId, payload.requestId]);
    expect(sleeps).to.deep.equal([750, 1500]);
  });

  it('retries network errors and gives up after 3 attempts in all', async () => {
    const { client: c, calls } = client([new TypeError('Failed to fetch')]);
    const outcome = await c.send(payload);
    expect(outcome).to.deep.include({ kind: 'failed', reason: 'network', attempts: 3 });
    expect(calls).to.have.length(3);
  });

  it('times out an attempt that never answers, and retries it', async () => {
    const { client: c, calls } = client(['hang', 'hang', json(201, { id: 'late' })], { timeout: 20 });
    const outcome = await c.send(payload);
    expect(outcome).to.deep.include({ kind: 'success', attempts: 3 });
    expect(calls).to.have.length(3);
    const never = await client(['hang'], { timeout: 10 }).client.send(payload);
    expect(never).to.deep.include({ kind: 'failed', reason: 'timeout' });
  });

  it('honours Retry-After in seconds and as an HTTP date on 429 and 503', async () => {
    const { client: c, sleeps } = client([
      json(429, { error: 'slow down' }, { 'retry-after': '7' }),
      json(503, {}, { 'retry-after': 'Mon, 23 Nov 2026 10:00:12 GMT' }),
      json(201, { id: 'ok' }),
    ]);
    expect((await c.send(payload)).kind).to.equal('success');
    expect(sleeps).to.deep.equal([7000, 12000]);
    expect(parseRetryAfter('120', 0)).to.equal(120000);
    expect(parseRetryAfter('nonsense', 0)).to.equal(null);
  });

  it('gives up at once when Retry-After asks for longer than it will wait', async () => {
    const { client: c, calls } = client([json(429, { error: 'tomorrow' }, { 'retry-after': '86400' })]);
    expect(await c.send(payload)).to.deep.include({ kind: 'failed', reason: 'rate-limited', status: 429, attempts: 1 });
    expect(calls).to.have.length(1);
  });

  it('does not retry a 4xx: rejected, with the server message and field errors', async () => {
    const { client: c, calls } = client([json(422, { error: 'Some fields are not valid.', errors: { email: 'Not an e-mail.', name: ['Too', 'short'] } })]);
    const outcome = await c.send(payload);
    expect(outcome).to.deep.include({ kind: 'rejected', status: 422, message: 'Some fields are not valid.', errors: { email: 'Not an e-mail.', name: 'Too short' } });
    expect(calls).to.have.length(1);
  });

  it('handles a rejection with a non-JSON or empty body: short plain text is the message, a web page never is', async () => {
    const page = await client([new Response('<h1>Forbidden</h1>', { status: 403, headers: { 'content-type': 'text/html' } })]).client.send(payload);
    expect(page).to.deep.include({ kind: 'rejected', status: 403, errors: {} });
    expect((page as { message?: string }).message).to.equal(undefined);
    expect(await client([new Response('Closed for the holidays.', { status: 403 })]).client.send(payload)).to.deep.include({ message: 'Closed for the holidays.' });
    expect(await client([new Response('', { status: 400 })]).client.send(payload)).to.deep.include({ kind: 'rejected', status: 400, errors: {} });
  });

  it('a web page answered with 200 (a login page, a captive portal) is not a confirmation', async () => {
    const { client: c, calls } = client([new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } })]);
    expect(await c.send(payload)).to.deep.include({ kind: 'failed', reason: 'server', status: 200 });
    expect(calls).to.have.length(1);
  });

  it('says how long it waits before each new attempt, and why', async () => {
    const waits: unknown[] = [];
    const { client: c } = client([json(429, {}, { 'retry-after': '29' }), new TypeError('Failed to fetch'), json(201, { id: 'ok' })]);
    expect((await c.send(payload, { onWait: (w) => waits.push(w) })).kind).to.equal('success');
    expect(waits).to.deep.equal([
      { reason: 'rate-limited', status: 429, delay: 29000, attempt: 1 },
      { reason: 'network', status: undefined, delay: 1500, attempt: 2 },
    ]);
  });
});

describe('drafts', () => {
  it('saves after a pause in typing, restores, expires after 7 days, and clears', async () => {
    const storage = createFallbackStorage([memoryBackend()]);
    let now = 0;
    const drafts = createDraftStore({ storage, key: draftKey('/privacy', 'form'), now: () => now, delay: 10 });
    drafts.saveSoon({ fields: { name: 'A' } });
    drafts.saveSoon({ fields: { name: 'Ada' } });
    expect(drafts.load()).to.equal(null);
    await new Promise((r) => setTimeout(r, 30));
    expect(drafts.load()?.fields).to.deep.equal({ name: 'Ada' });
    now += 7 * 864e5 - 1;
    expect(drafts.load()?.fields).to.deep.equal({ name: 'Ada' });
    now += 2;
    expect(drafts.load()).to.equal(null);
    expect(storage.get(draftKey('/privacy', 'form'))).to.equal(null);
    drafts.save({ fields: { name: 'B' }, requestId: 'r-1' });
    expect(drafts.load()).to.deep.include({ requestId: 'r-1' });
    drafts.clear();
    expect(drafts.load()).to.equal(null);
  });

  it('scopes the key to the page and the form, and survives unreadable storage', () => {
    expect(draftKey('/a', 'x')).not.to.equal(draftKey('/b', 'x'));
    expect(draftKey('/a', 'x')).not.to.equal(draftKey('/a', 'y'));
    const storage = createFallbackStorage([memoryBackend()]);
    storage.set('k', '{not json');
    expect(createDraftStore({ storage, key: 'k' }).load()).to.equal(null);
  });

  it('saves at once what it was waiting to save when the page is left (flush)', () => {
    const storage = createFallbackStorage([memoryBackend()]);
    const drafts = createDraftStore({ storage, key: 'k', delay: 60_000 });
    drafts.flush();
    expect(drafts.load()).to.equal(null, 'nothing waiting, nothing saved');
    drafts.saveSoon({ fields: { name: 'Ada' } });
    expect(drafts.load()).to.equal(null);
    drafts.flush();
    expect(drafts.load()?.fields).to.deep.equal({ name: 'Ada' });
    drafts.clear();
    drafts.flush();
    expect(drafts.load()).to.equal(null, 'a cleared draft does not come back');
  });
});

describe('validation and jurisdictions', () => {
  const fields = { type: 'erasure', name: 'Ada', email: 'ada@example.org', relationship: 'self', jurisdiction: 'FR', account: '', details: '' };
  it('accepts a complete request and names each problem', () => {
    expect(validateRequest(fields, true)).to.deep.equal({});
    expect(validateRequest({ ...fields, email: 'ada@', name: ' ', type: '' }, false)).to.deep.equal({ type: 'unknown-type', name: 'required', email: 'email', confirm: 'confirm' });
    expect(validateRequest({ ...fields, type: 'opt-out-sale' }, true, typesFor('FR'))).to.deep.equal({ type: 'unknown-type' });
    expect(validateRequest({ ...fields, details: 'x'.repeat(5001) }, true)).to.deep.equal({ details: 'too-long' });
  });

  it('offers the rights of the visitor’s law, limited by types', () => {
    expect(typesFor('FR')).to.include.members(['access', 'erasure', 'portability', 'objection']).and.not.include('opt-out-sale');
    expect(typesFor('GB')).to.include('restriction');
    expect(typesFor('US-CA')).to.include.members(['opt-out-sale', 'limit-sensitive', 'erasure']).and.not.include('restriction');
    expect(typesFor('US-VA')).to.include('opt-out-sale').and.not.include('limit-sensitive');
    expect(typesFor('ZZ')).to.have.length(10);
    expect(typesFor('US-CA', ['access', 'erasure', 'restriction'])).to.deep.equal(['access', 'erasure']);
  });
});
