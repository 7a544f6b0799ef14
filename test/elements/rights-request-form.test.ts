import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/rights-request-form.js';
import type { RightsRequestForm, RightsRequestErrorDetail, RightsRequestSuccessDetail } from '../../src/rights-request-form.js';
import { expectAccessible, mount, SETTINGS } from '../support/host-page.js';

type Logged = { scenario: string; method: string; key: string; contentType: string; body: string; attempt: number };
const log = async (): Promise<Logged[]> => (await fetch('/test-api/rights/log')).json();
const q = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const WIRE_KEYS = ['account', 'details', 'email', 'jurisdiction', 'locale', 'name', 'page', 'relationship', 'requestId', 'submittedAt', 'type'];

/** Fills the form the way a visitor does: real input and change events on the controls. */
async function fill(
  el: RightsRequestForm,
  values: { jurisdiction?: string; type?: string; name?: string; email?: string; details?: string; account?: string; confirm?: boolean } = {},
) {
  const v = { jurisdiction: 'FR', type: 'erasure', name: 'Ada Lovelace', email: 'ada@example.org', details: 'Please delete my account.', confirm: true, ...values };
  const select = q<HTMLSelectElement>(el, '#jurisdiction')!;
  select.value = v.jurisdiction;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  if (v.type) q<HTMLInputElement>(el, `#type-${v.type}`)!.click();
  for (const name of ['name', 'email', 'details', 'account'] as const) {
    if (v[name] === undefined) continue;
    const input = q<HTMLInputElement>(el, `#${name}`)!;
    input.value = v[name]!;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  if (v.confirm && !q<HTMLInputElement>(el, '#confirm')!.checked) q<HTMLInputElement>(el, '#confirm')!.click();
  await el.updateComplete;
}

const submit = (el: RightsRequestForm) => q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();

describe('<rights-request-form>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await fetch('/test-api/rights/log', { method: 'DELETE' });
  });

  it('is a native, labelled, accessible form with every documented part', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    expect(q(el, 'form[part~="form"]')).to.exist;
    for (const id of ['jurisdiction', 'name', 'email', 'account', 'details', 'confirm']) {
      expect(q(el, `label[for="${id}"]`), id).to.exist;
    }
    expect(q<HTMLInputElement>(el, '#name')!.autocomplete).to.equal('name');
    expect(q<HTMLInputElement>(el, '#email')!.autocomplete).to.equal('email');
    expect(q<HTMLInputElement>(el, '#email')!.type).to.equal('email');
    expect(q(el, '#confirm')!.hasAttribute('name')).to.equal(false);
    for (const part of ['form', 'field', 'label', 'input', 'submit-button', 'status']) expect(q(el, `[part~="${part}"]`), part).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows inline errors linked to their fields, focuses the first, and announces them', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    submit(el);
    await waitUntil(() => q(el, '[part~="error"]'));
    const select = q(el, '#jurisdiction')!;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.contain('jurisdiction-error');
    expect(text(q(el, '#jurisdiction-error'))).to.equal('Please choose where you live.');
    expect(el.shadowRoot!.activeElement === select, 'first invalid field focused').to.equal(true);
    expect(text(q(el, '[part~="status"]'))).to.match(/Please correct \d fields\./);
    expect(q(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#confirm')!.getAttribute('aria-describedby')).to.equal('confirm-error');
    await expect(el).to.be.accessible();
    expect(await log()).to.deep.equal([]);
  });

  it('offers the rights of the chosen jurisdiction, limited by types', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    const offered = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="type"]')].map((i) => i.value);
    await fill(el, { jurisdiction: 'DE', type: '' });
    expect(offered()).to.include.members(['access', 'objection', 'restriction']).and.not.include('opt-out-sale');
    await fill(el, { jurisdiction: 'US-CA', type: '' });
    expect(offered()).to.include.members(['opt-out-sale', 'limit-sensitive']);
    expect(text(q(el, 'label[for="type-opt-out-sale"]'))).to.equal('Do not sell or share my data');
    el.types = 'access,erasure';
    await el.updateComplete;
    expect(offered()).to.deep.equal(['access', 'erasure']);
  });

  it('sends the wire format with the Idempotency-Key, then confirms with reference and deadline', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok" response-days="30"></rights-request-form>`);
    await fill(el);
    const success = oneEvent(el, 'rights-request-success');
    submit(el);
    const { detail } = (await success) as CustomEvent<RightsRequestSuccessDetail>;
    const [sent] = await log();
    expect(sent.contentType).to.match(/application\/json/);
    const body = JSON.parse(sent.body);
    expect(Object.keys(body).sort()).to.deep.equal(WIRE_KEYS);
    expect(body).to.deep.include({
      type: 'erasure',
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      relationship: 'self',
      jurisdiction: 'FR',
      account: '',
      locale: 'en',
      page: location.href,
    });
    expect(sent.key).to.equal(body.requestId);
    expect(detail.payload).to.deep.equal(body);
    expect(detail.response).to.deep.equal({ id: 'srv-id', reference: 'RR-TEST-0001', dueBy: '2026-12-23' });
    await el.updateComplete;
    const confirmation = q(el, '[part~="confirmation"]')!;
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(Date.parse(body.submittedAt) + 30 * 864e5));
    expect(text(confirmation)).to.contain(`Your reference is RR-TEST-0001. We will answer by ${due}`);
    await waitUntil(() => el.shadowRoot!.activeElement === confirmation, 'focus moves to the confirmation');
    await expect(el).to.be.accessible();
  });

  for (const [encoding, type] of [
    ['form', /application\/x-www-form-urlencoded/],
    ['multipart', /multipart\/form-data; boundary=/],
  ] as const) {
    it(`sends ${encoding} bodies with the same keys`, async () => {
      const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok" encoding=${encoding}></rights-request-form>`);
      await fill(el);
      const success = oneEvent(el, 'rights-request-success');
      submit(el);
      await success;
      const [sent] = await log();
      expect(sent.contentType).to.match(type);
      for (const key of WIRE_KEYS) expect(sent.body, key).to.contain(key);
    });
  }

  it('shows the server’s field errors from a 422 next to the fields', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/reject"></rights-request-form>`);
    await fill(el);
    const failed = oneEvent(el, 'rights-request-error');
    submit(el);
    const { detail } = (await failed) as CustomEvent<RightsRequestErrorDetail>;
    expect(detail.error).to.deep.include({ kind: 'rejected', status: 422 });
    await el.updateComplete;
    expect(text(q(el, '#email-error'))).to.equal('The server does not accept this address.');
    expect(q(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, '#email'));
    expect(text(q(el, '[part~="status"]'))).to.contain('Some fields are not valid.');
    expect((await log()).length).to.equal(1);
  });

  it('retries a server that fails twice, with one requestId, and confirms once', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/flaky"></rights-request-form>`);
    await fill(el);
    const success = oneEvent(el, 'rights-request-success');
    submit(el);
    await success;
    const attempts = await log();
    expect(attempts.map((a) => a.attempt)).to.deep.equal([1, 2, 3]);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(new Set(attempts.map((a) => JSON.parse(a.body).requestId)).size).to.equal(1);
    await el.updateComplete;
    expect(text(q(el, '[part~="confirmation"]'))).to.contain('RR-FLAKY-3');
  });

  it('after a server that never answers: a clear message, nothing lost, and a retry with the same requestId', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/never" timeout="150"></rights-request-form>`);
    await fill(el);
    const failed = oneEvent(el, 'rights-request-error');
    submit(el);
    const { detail } = (await failed) as CustomEvent<RightsRequestErrorDetail>;
    expect(detail.error).to.deep.include({ kind: 'failed', reason: 'timeout', attempts: 3 });
    await el.updateComplete;
    expect(text(q(el, '[part~="status"]'))).to.contain('could not be sent');
    expect(q<HTMLInputElement>(el, '#email')!.value).to.equal('ada@example.org');
    const retry = q<HTMLButtonElement>(el, '[part~="retry-button"]')!;
    el.endpoint = '/test-api/rights/ok';
    const success = oneEvent(el, 'rights-request-success');
    retry.click();
    await success;
    const keys = (await log()).map((a) => a.key);
    expect(keys).to.have.length(4);
    expect(new Set(keys).size, 'the retry sends the same requestId').to.equal(1);
  });

  it('sends one request at a time', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    await fill(el);
    const success = oneEvent(el, 'rights-request-success');
    submit(el);
    await el.updateComplete;
    const button = q(el, '[part~="submit-button"]');
    expect(button?.getAttribute('aria-disabled') ?? 'gone').to.not.equal('false');
    button?.click();
    q(el, 'form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await success;
    await new Promise((r) => setTimeout(r, 100));
    expect((await log()).length).to.equal(1);
  });

  it('keeps what the visitor typed as a draft across a reload, and drops it after success', async () => {
    const first = await fixture<RightsRequestForm>(html`<rights-request-form id="rr" endpoint="/test-api/rights/ok"></rights-request-form>`);
    await fill(first, { name: 'Grace Hopper', email: 'grace@example.org' });
    await waitUntil(() => Object.keys(localStorage).some((k) => k.startsWith('rights-request-draft:')), 'draft saved');
    first.remove();
    const again = await fixture<RightsRequestForm>(html`<rights-request-form id="rr" endpoint="/test-api/rights/ok"></rights-request-form>`);
    expect(q<HTMLInputElement>(again, '#name')!.value).to.equal('Grace Hopper');
    expect(q<HTMLInputElement>(again, '#email')!.value).to.equal('grace@example.org');
    expect(q<HTMLSelectElement>(again, '#jurisdiction')!.value).to.equal('FR');
    expect(q<HTMLInputElement>(again, '#confirm')!.checked, 'the identity checkbox is kept too').to.equal(true);
    const success = oneEvent(again, 'rights-request-success');
    submit(again);
    await success;
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rights-request-draft:'))).to.deep.equal([]);
  });

  it('lets rights-request-submit change the payload or cancel the request', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    await fill(el);
    el.addEventListener('rights-request-submit', (e) => ((e as CustomEvent).detail.payload.details = 'changed by the site'), { once: true });
    const success = oneEvent(el, 'rights-request-success');
    submit(el);
    await success;
    expect(JSON.parse((await log())[0].body).details).to.equal('changed by the site');

    const other = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    await fill(other);
    other.addEventListener('rights-request-submit', (e) => e.preventDefault(), { once: true });
    submit(other);
    await new Promise((r) => setTimeout(r, 100));
    expect((await log()).length).to.equal(1);
    expect(q(other, '[part~="confirmation"]')).to.equal(null);
  });

  it('shows the usual confirmation to a bot that fills the honeypot, and sends nothing', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form endpoint="/test-api/rights/ok"></rights-request-form>`);
    await fill(el);
    q<HTMLInputElement>(el, '#website')!.value = 'http://spam.example';
    submit(el);
    await waitUntil(() => q(el, '[part~="confirmation"]'));
    expect(text(q(el, '[part~="confirmation"]'))).to.contain('Your reference is');
    expect(await log()).to.deep.equal([]);
  });

  describe('accessibility in every visible state, alone and on a host page', () => {
    const make = (endpoint: string | null) => {
      const el = document.createElement('rights-request-form');
      if (endpoint !== null) el.setAttribute('endpoint', endpoint);
      return el;
    };
    const quietly = async <T>(fn: () => Promise<T>): Promise<T> => {
      const original = console.error;
      console.error = () => {};
      try {
        return await fn();
      } finally {
        console.error = original;
      }
    };

    for (const setting of SETTINGS) {
      it(`empty (${setting})`, async () => {
        const el = await mount(make('/test-api/rights/ok'), setting);
        expect(q(el, 'form[part~="form"]')).to.exist;
        await expectAccessible(el, setting);
      });

      it(`with inline validation errors (${setting})`, async () => {
        const el = await mount(make('/test-api/rights/ok'), setting);
        submit(el);
        await waitUntil(() => q(el, '[part~="error"]'));
        await fill(el, { email: 'not an address', confirm: false });
        submit(el);
        await waitUntil(() => q(el, '#email-error') && q(el, '#confirm-error'));
        await expectAccessible(el, setting);
      });

      /** Fills and sends the form to `endpoint`, and waits for `event` and the render after it. */
      async function sent(endpoint: string, event: 'rights-request-success' | 'rights-request-error') {
        const el = await mount(make(endpoint), setting);
        await fill(el);
        const done = oneEvent(el, event);
        submit(el);
        await done;
        await el.updateComplete;
        return el;
      }

      it(`with the server's field errors (${setting})`, async () => {
        const el = await sent('/test-api/rights/reject', 'rights-request-error');
        expect(q(el, '#email-error')).to.exist;
        await expectAccessible(el, setting);
      });

      it(`sending (${setting})`, async () => {
        const el = await mount(make('/test-api/rights/held'), setting);
        await fill(el);
        const success = oneEvent(el, 'rights-request-success');
        submit(el);
        await waitUntil(() => q(el, 'form')?.getAttribute('aria-busy') === 'true' && text(q(el, '[part~="status"]')) === 'Sending…', 'sending');
        await expectAccessible(el, setting);
        await fetch('/test-api/rights/release', { method: 'POST' });
        await success;
      });

      it(`confirmation (${setting})`, async () => {
        const el = await sent('/test-api/rights/ok', 'rights-request-success');
        expect(q(el, '[part~="confirmation"]')).to.exist;
        await expectAccessible(el, setting);
      });

      it(`server error with the retry button (${setting})`, async () => {
        const el = await sent('/test-api/rights/down', 'rights-request-error');
        expect(q(el, '[part~="retry-button"]')).to.exist;
        await expectAccessible(el, setting);
      });

      it(`misconfigured (${setting})`, async () => {
        const el = await quietly(() => mount(make(null), setting));
        expect(q(el, '[part~="error"][role="alert"]')).to.exist;
        await expectAccessible(el, setting);
      });
    }
  });

  for (const [label, endpoint] of [
    ['no endpoint attribute', null],
    ['an empty endpoint', ''],
    ['a javascript: endpoint', 'javascript:alert(1)'],
  ] as const) {
    it(`with ${label}: a clear message in place, one console error, no way to submit`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...a: unknown[]) => errors.push(a.join(' '));
      let el: RightsRequestForm;
      try {
        const holder = await fixture<HTMLElement>(html`<div></div>`);
        el = document.createElement('rights-request-form');
        if (endpoint !== null) el.setAttribute('endpoint', endpoint);
        holder.append(el);
        await el.updateComplete;
        // More renders, and moving the element, log nothing more.
        el.types = 'access,erasure';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        holder.append(el);
        await el.updateComplete;
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^privacy-elements: rights-request-form: "endpoint" (is required|must be an http or https URL)/);
      expect(el!.hasAttribute('endpoint')).to.equal(endpoint !== null);
      expect(text(q(el!, '[part~="error"][role="alert"]'))).to.contain('not set up');
      expect(q<HTMLButtonElement>(el!, '[part~="submit-button"]')!.disabled).to.equal(true);
      await expect(el!).to.be.accessible();
    });
  }
});
