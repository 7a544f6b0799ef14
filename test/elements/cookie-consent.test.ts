import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/cookie-consent.js';
import { CookieConsent } from '../../src/cookie-consent.js';
import { define } from '../../src/elements/shared/define.js';
import { deepActiveElement } from '../../src/elements/shared/focus.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from '../../src/elements/cookie-consent/cookie-consent.js';
import { expectAccessible, mount, SETTINGS } from '../support/host-page.js';

type Win = Window & { __ran?: number; __gatedSrcRuns?: number; dataLayer?: unknown[]; __order?: string[] };
const win = window as Win;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** Whether the banner (not the dialog) shows a part. Booleans, because chai hangs formatting a live element in a failure message. */
const inBanner = (el: Element, name: string) => !!el.shadowRoot!.querySelector(`[part~="banner"] [part~="${name}"], [part~="banner"][part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** The preferences dialog; it is in the shadow root once the preferences have been opened. */
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog') ?? ({ open: false } as HTMLDialogElement);
const stored = () => JSON.parse(localStorage.getItem('cookie-consent') ?? 'null');

/** Adds nodes to the page for one test; removed in afterEach. */
const added: Node[] = [];
function addToPage(markup: string, where: 'start' | 'end' = 'end'): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const nodes = [...document.importNode(t.content, true).childNodes];
  // innerHTML scripts never run: build real ones so gating sees parser-like scripts.
  const real = nodes.map((n) => {
    if (!(n instanceof HTMLScriptElement)) return n;
    const s = document.createElement('script');
    for (const { name, value } of n.attributes) s.setAttribute(name, value);
    s.text = n.text;
    return s;
  });
  for (const n of real) {
    if (where === 'start') document.body.prepend(n);
    else document.body.append(n);
    added.push(n);
  }
}

function captureErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return { errors, restore: () => (console.error = original) };
}

async function banner(markup = html`<cookie-consent></cookie-consent>`) {
  const el = await fixture<CookieConsent>(markup);
  await el.updateComplete;
  return el;
}

describe('<cookie-consent>', () => {
  beforeEach(() => {
    localStorage.clear();
    delete win.__ran;
    delete win.__gatedSrcRuns;
    delete win.dataLayer;
  });
  afterEach(() => {
    for (const n of added.splice(0)) (n as ChildNode).remove();
    localStorage.clear();
  });

  describe('first layer', () => {
    it('shows the banner with every documented part while undecided', async () => {
      const el = await banner(html`<cookie-consent policy-url="/privacy"></cookie-consent>`);
      for (const name of ['banner', 'message', 'policy-link', 'actions', 'accept-button', 'reject-button', 'customize-button']) {
        expect(!!part(el, name), name).to.equal(true);
      }
      // The dialog's code loads when it is first opened (see "preferences dialog").
      expect(!!part(el, 'dialog'), 'no dialog before it is wanted').to.equal(false);
      expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('/privacy');
      expect(part(el, 'banner')!.getAttribute('role')).to.equal('region');
      expect(part(el, 'accept-button')!.textContent).to.equal('Accept all');
      expect(part(el, 'reject-button')!.textContent).to.equal('Reject all');
      expect(part(el, 'customize-button')!.textContent).to.equal('Customize');
    });

    it('is accessible', async () => {
      const el = await banner(html`<cookie-consent policy-url="/privacy"></cookie-consent>`);
      await expect(el).to.be.accessible();
    });

    it('gives Accept all and Reject all equal size and weight', async () => {
      const el = await banner();
      for (const width of [1200, 500]) {
        el.style.setProperty('--pe-banner-max-width', `${width}px`);
        await el.updateComplete;
        const a = part(el, 'accept-button')!;
        const r = part(el, 'reject-button')!;
        const ra = a.getBoundingClientRect();
        const rr = r.getBoundingClientRect();
        expect(Math.round(ra.width)).to.equal(Math.round(rr.width));
        expect(Math.round(ra.height)).to.equal(Math.round(rr.height));
        const [sa, sr] = [getComputedStyle(a), getComputedStyle(r)];
        for (const prop of ['font-weight', 'font-size', 'background-color', 'color', 'border-color']) {
          expect(sa.getPropertyValue(prop), prop).to.equal(sr.getPropertyValue(prop));
        }
      }
    });

    it('is an overlay: nothing on the page moves when it appears', async () => {
      addToPage('<p id="before">Page text</p><p id="after">More text</p>', 'start');
      const rects = () => ['before', 'after'].map((id) => JSON.stringify(document.getElementById(id)!.getBoundingClientRect()));
      const start = rects();
      const el = document.createElement('cookie-consent') as CookieConsent;
      document.body.prepend(el);
      added.push(el);
      await el.updateComplete;
      expect(inBanner(el, 'banner')).to.equal(true);
      expect(getComputedStyle(part(el, 'banner')!).position).to.equal('fixed');
      expect(rects()).to.deep.equal(start);
    });

    it('is reached from the start of the page in a few Tab presses, and decides by keyboard', async () => {
      addToPage('<a href="#one">one</a><a href="#two">two</a>');
      const el = document.createElement('cookie-consent') as CookieConsent;
      document.body.prepend(el);
      added.push(el);
      await el.updateComplete;
      (document.activeElement as HTMLElement | null)?.blur();
      let presses = 0;
      while (deepActiveElement() !== part(el, 'reject-button') && presses < 6) {
        await sendKeys({ press: 'Tab' });
        presses++;
      }
      expect(presses).to.be.at.most(3);
      expect(getComputedStyle(part(el, 'reject-button')!, null).outlineStyle).to.not.equal('none');
      const change = oneEvent(el, 'consent-change');
      await sendKeys({ press: 'Enter' });
      await change;
      expect(stored().method).to.equal('reject-all');
      await el.updateComplete;
      expect(inBanner(el, 'banner')).to.equal(false);
    });

    it('is hidden when a valid decision is stored', async () => {
      const first = await banner();
      first.acceptAll();
      const el = await banner();
      expect(inBanner(el, 'banner')).to.equal(false);
      expect(el.hasConsent('analytics')).to.equal(true);
    });

    it('shows again after show() and reset()', async () => {
      const el = await banner();
      el.acceptAll();
      await el.updateComplete;
      expect(inBanner(el, 'banner')).to.equal(false);
      el.show();
      await el.updateComplete;
      expect(inBanner(el, 'banner')).to.equal(true);
      el.rejectAll();
      el.reset();
      await el.updateComplete;
      expect(inBanner(el, 'banner')).to.equal(true);
      expect(localStorage.getItem('cookie-consent')).to.equal(null);
      expect(el.record).to.equal(null);
    });

    it('scrolls a focused page element out from under the banner (WCAG 2.4.11)', async () => {
      addToPage('<div style="height:3000px"></div><button id="under">under</button><div style="height:3000px"></div>');
      const el = await banner();
      const target = document.getElementById('under')!;
      const bannerTop = () => part(el, 'banner')!.getBoundingClientRect().top;
      // Put the button exactly behind the banner, then focus it.
      window.scrollTo(0, 0);
      window.scrollBy(0, target.getBoundingClientRect().top - bannerTop() - 4);
      const before = target.getBoundingClientRect();
      expect(before.bottom).to.be.greaterThan(bannerTop());
      target.focus();
      expect(target.getBoundingClientRect().bottom).to.be.at.most(bannerTop());
      window.scrollTo(0, 0);
    });
  });

  describe('events', () => {
    it('fires consent-ready once with a null record, then consent-change for each decision', async () => {
      const el = document.createElement('cookie-consent') as CookieConsent;
      const ready: ConsentReadyDetail[] = [];
      const changes: ConsentChangeDetail[] = [];
      document.addEventListener('consent-ready', (e) => ready.push((e as CustomEvent).detail));
      document.addEventListener('consent-change', (e) => changes.push((e as CustomEvent).detail));
      document.body.append(el);
      added.push(el);
      await el.updateComplete;
      expect(ready).to.deep.equal([{ record: null }]);
      part(el, 'accept-button')!.click();
      expect(changes).to.have.length(1);
      expect(changes[0].changed).to.deep.equal(['analytics']);
      expect(changes[0].record).to.deep.equal(stored());
      el.rejectAll();
      expect(changes).to.have.length(2);
      expect(changes[1].changed).to.deep.equal(['analytics']);
      expect(changes[1].record.method).to.equal('reject-all');
      el.setConsent({ analytics: false });
      expect(changes[2].changed).to.deep.equal([]);
      el.remove();
      el.acceptAll();
      expect(ready).to.have.length(1);
    });

    it('a first Reject all reports no changed categories; events bubble out of the shadow root', async () => {
      const el = await banner();
      const event = oneEvent(document, 'consent-change');
      part(el, 'reject-button')!.click();
      const e = (await event) as CustomEvent<ConsentChangeDetail>;
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail.changed).to.deep.equal([]);
      expect(e.detail.record.categories).to.deep.equal({ essential: true, analytics: false });
    });
  });

  describe('preferences dialog', () => {
    const config = {
      policyUrl: '/privacy',
      categories: [
        { id: 'essential', label: 'Essential', description: 'Needed.', cookies: [{ name: 'session', provider: 'this site', purpose: 'sign-in', duration: 'session' }] },
        {
          id: 'analytics',
          label: 'Analytics',
          description: 'Statistics.',
          cookies: [
            { name: '_ga', provider: 'Google', purpose: 'statistics', duration: '2 years' },
            { pattern: '^_ga_', provider: 'Google', purpose: 'statistics', duration: '2 years' },
          ],
        },
      ],
    };

    beforeEach(() => addToPage(`<script type="application/json" data-privacy-elements>${JSON.stringify(config)}</script>`));

    it('is modal, shows a switch and a cookie table per category, essential on and disabled', async () => {
      const el = await banner();
      await el.showPreferences();
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const toggles = parts(el, 'category-toggle') as HTMLInputElement[];
      expect(toggles.map((t) => [t.checked, t.disabled, t.getAttribute('role')])).to.deep.equal([
        [true, true, 'switch'],
        [false, false, 'switch'],
      ]);
      const tables = parts(el, 'cookie-table');
      expect(tables).to.have.length(2);
      const rows = [...tables[1].querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      expect(rows).to.deep.equal([
        ['Cookie', 'Provider', 'Purpose', 'Duration'],
        ['_ga', 'Google', 'statistics', '2 years'],
        ['_ga_…', 'Google', 'statistics', '2 years'],
      ]);
      expect(tables[1].querySelectorAll('th[scope="col"]')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('opens from Customize by keyboard, saves choices, and stores a custom record', async () => {
      const el = await banner();
      part(el, 'customize-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open);
      const analytics = parts(el, 'category-toggle')[1] as HTMLInputElement;
      expect(deepActiveElement() === analytics).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(analytics.checked).to.equal(true);
      part(el, 'save-button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(stored().method).to.equal('custom');
      expect(stored().categories).to.deep.equal({ essential: true, analytics: true });
      expect(dialogOf(el).open).to.equal(false);
    });

    it('traps focus: Tab and Shift+Tab stay inside the dialog', async () => {
      addToPage('<button id="outside">outside</button>');
      const el = await banner();
      await el.showPreferences();
      const dialog = dialogOf(el);
      for (let i = 0; i < 10; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(deepActiveElement()), `Tab ${i + 1}`).to.equal(true);
      }
      for (let i = 0; i < 10; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(dialog.contains(deepActiveElement()), `Shift+Tab ${i + 1}`).to.equal(true);
      }
    });

    it('has every documented part once opened', async () => {
      const el = await banner();
      await el.showPreferences();
      for (const name of ['dialog', 'category', 'category-toggle', 'save-button', 'close-button']) expect(!!part(el, name), name).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open);
    });

    it('closes with Escape and returns focus to where it was', async () => {
      addToPage('<a href="#" id="settings" data-consent-open>Cookie settings</a>');
      const el = await banner();
      const link = document.getElementById('settings')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open, 'a [data-consent-open] link opens the preferences');
      expect(dialogOf(el).contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open);
      expect(document.activeElement === link, 'focus is back on the link').to.equal(true);
      expect(localStorage.getItem('cookie-consent')).to.equal(null);
    });

    it('closes with its Close button, and a decision in it closes it', async () => {
      const el = await banner();
      await el.showPreferences();
      part(el, 'close-button')!.click();
      expect(dialogOf(el).open).to.equal(false);
      await el.showPreferences();
      (dialogOf(el).querySelector('[part~="accept-button"]') as HTMLElement).click();
      expect(dialogOf(el).open).to.equal(false);
      expect(stored().method).to.equal('accept-all');
    });
  });

  describe('script gating', () => {
    it('runs a gated inline script once, only after consent, keeping its nonce and attributes', async () => {
      addToPage('<script type="text/plain" data-consent-category="analytics" nonce="n0nce" id="inline" data-x="1">window.__ran = (window.__ran || 0) + 1;</script>');
      const el = await banner();
      expect(win.__ran).to.equal(undefined);
      el.rejectAll();
      expect(win.__ran).to.equal(undefined);
      el.acceptAll();
      expect(win.__ran).to.equal(1);
      const script = document.getElementById('inline') as HTMLScriptElement;
      added.push(script);
      expect(script.type).to.equal('');
      expect(script.nonce).to.equal('n0nce');
      expect(script.dataset.x).to.equal('1');
      el.rejectAll();
      el.acceptAll();
      expect(win.__ran).to.equal(1);
    });

    it('loads a gated external script once', async () => {
      addToPage('<script type="text/plain" data-consent-category="analytics" src="/test/support/gated.js" id="ext"></script>');
      const el = await banner();
      el.acceptAll();
      await waitUntil(() => win.__gatedSrcRuns === 1, 'the external script ran');
      added.push(document.getElementById('ext')!);
      el.setConsent({ analytics: true });
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__gatedSrcRuns).to.equal(1);
    });

    it('inserts a gated template in its place once granted', async () => {
      addToPage('<div id="slot"><template data-consent-category="analytics"><iframe title="Map" id="embed" src="about:blank"></iframe></template></div>');
      const el = await banner();
      expect(document.getElementById('embed') === null).to.equal(true);
      el.acceptAll();
      expect(document.getElementById('embed')!.parentElement!.id).to.equal('slot');
      expect(document.querySelector('#slot template') === null).to.equal(true);
    });

    it('handles gated scripts added later, and runs them at once when consent exists', async () => {
      const el = await banner();
      addToPage('<script type="text/plain" data-consent-category="analytics">window.__ran = (window.__ran || 0) + 1;</script>');
      await new Promise((r) => setTimeout(r));
      expect(win.__ran).to.equal(undefined);
      el.acceptAll();
      expect(win.__ran).to.equal(1);
      addToPage('<script type="text/plain" data-consent-category="analytics">window.__ran = (window.__ran || 0) + 10;</script>');
      await waitUntil(() => win.__ran === 11, 'the late script ran');
    });

    it('leaves scripts of categories not granted inert', async () => {
      addToPage('<script type="text/plain" data-consent-category="marketing">window.__ran = 99;</script>');
      const el = await banner(html`<cookie-consent .categories=${[{ id: 'analytics' }, { id: 'marketing' }]}></cookie-consent>`);
      el.setConsent({ analytics: true });
      expect(win.__ran).to.equal(undefined);
    });

    it('leaves elements of an unknown category inert, with one console error per category name', async () => {
      const { errors, restore } = captureErrors();
      try {
        addToPage(
          '<script type="text/plain" data-consent-category="marketingz">window.__ran = 1;</script>' +
            '<script type="text/plain" data-consent-category="marketingz" src="/test/support/gated.js"></script>' +
            '<div id="slot"><template data-consent-category="marketingz"><iframe title="Ad" id="ad" src="about:blank"></iframe></template></div>',
        );
        const el = await banner();
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^privacy-elements: cookie-consent: unknown consent category "marketingz"/);
        // Added later (a single-page app): the same name is not reported again, a new one is.
        addToPage('<script type="text/plain" data-consent-category="marketingz">window.__ran = 2;</script>');
        addToPage('<template data-consent-category="analytics sociall"><iframe title="Feed" id="feed" src="about:blank"></iframe></template>');
        await waitUntil(() => errors.length === 2, 'the late unknown category is reported');
        expect(errors[1]).to.match(/^privacy-elements: cookie-consent: unknown consent category "sociall"/);
        el.acceptAll();
        el.requestUpdate();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(errors).to.have.length(2);
        expect(win.__ran).to.equal(undefined);
        expect(win.__gatedSrcRuns).to.equal(undefined);
        expect(document.getElementById('ad') === null && document.getElementById('feed') === null).to.equal(true);
        const gated = added.flatMap((n) => (n instanceof Element ? [n, ...n.querySelectorAll('*')] : [])).filter((e) => e.matches('[data-consent-category]'));
        expect(gated.map((e) => e.isConnected && e.matches('script[type="text/plain"], template'))).to.deep.equal([true, true, true, true, true]);
      } finally {
        restore();
      }
    });
  });

  describe('configuration', () => {
    it('reads the JSON block; attributes win over it, properties over attributes', async () => {
      addToPage('<script type="application/json" data-privacy-elements>{"policyUrl":"/from-block","revision":"7","storageKey":"block-key"}</script>');
      const el = await banner(html`<cookie-consent revision="8"></cookie-consent>`);
      expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('/from-block');
      el.acceptAll();
      expect(JSON.parse(localStorage.getItem('block-key')!).revision).to.equal('8');
      const el2 = document.createElement('cookie-consent') as CookieConsent;
      el2.setAttribute('revision', '8');
      el2.revision = '9';
      document.body.append(el2);
      added.push(el2);
      el2.acceptAll();
      expect(JSON.parse(localStorage.getItem('block-key')!).revision).to.equal('9');
    });

    it('reports a malformed config block with one console error and still works', async () => {
      addToPage('<script type="application/json" data-privacy-elements>{"policyUrl": "/privacy",}</script>');
      const { errors, restore } = captureErrors();
      try {
        const el = await banner();
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^privacy-elements: cookie-consent: the config block is not valid JSON/);
        expect(inBanner(el, 'banner')).to.equal(true);
        el.acceptAll();
        expect(stored().method).to.equal('accept-all');
      } finally {
        restore();
      }
    });

    it('a hostile config block: one console error per problem, no pollution, no frozen page, and the banner works', async () => {
      const categories = [
        { id: '__proto__', required: true },
        { id: 'constructor' },
        { id: 'analytics', cookies: [{ pattern: '(a+)+$' }, { pattern: '^_ga_' }] },
        ...Array.from({ length: 40 }, (_, i) => ({ id: `extra${i}` })),
      ];
      addToPage(`<script type="application/json" data-privacy-elements>${JSON.stringify({ categories, expiresDays: 'forever', layout: { top: 1 } })}</script>`);
      // A long cookie name the catastrophic pattern would never finish on.
      document.cookie = `${'a'.repeat(60)}!=1; path=/`;
      const { errors, restore } = captureErrors();
      try {
        const el = await banner();
        expect(errors.join('\n'))
          .to.match(/"__proto__" is a reserved name/)
          .and.match(/"constructor" is a reserved name/);
        expect(errors.join('\n'))
          .to.match(/exponential time/)
          .and.match(/only the first 32/)
          .and.match(/"expires-days" is invalid/)
          .and.match(/"layout" is invalid/);
        expect(errors).to.have.length(6);
        for (const e of errors) expect(e).to.match(/^privacy-elements: cookie-consent: /);
        expect(inBanner(el, 'banner')).to.equal(true);
        el.rejectAll();
        expect(stored().method).to.equal('reject-all');
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      } finally {
        restore();
        document.cookie = `${'a'.repeat(60)}!=; path=/; max-age=0`;
      }
    });

    it('reports an unknown category in setConsent() and changes nothing', async () => {
      const el = await banner();
      const { errors, restore } = captureErrors();
      try {
        el.setConsent({ analytcs: true });
      } finally {
        restore();
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/privacy-elements: cookie-consent: setConsent\(\): unknown category "analytcs"/);
      expect(el.record).to.equal(null);
    });

    describe('policy-url', () => {
      const UNSAFE = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
      /** Runs `show` with console errors captured: exactly one, about policy-url. */
      async function expectOnePolicyUrlError(show: () => Promise<void>) {
        const { errors, restore } = captureErrors();
        try {
          await show();
        } finally {
          restore();
        }
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^privacy-elements: cookie-consent: "policy-url" /);
      }
      /** The banner shows no link at all, and its text stays. */
      function expectNoLink(el: CookieConsent) {
        expect(inBanner(el, 'banner')).to.equal(true);
        expect(inBanner(el, 'policy-link')).to.equal(false);
        expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
        expect(part(el, 'message')!.textContent).to.contain('We use essential cookies');
      }

      for (const url of UNSAFE) {
        it(`attribute ${JSON.stringify(url)}: no link and one console error`, () =>
          expectOnePolicyUrlError(async () => {
            const el = await banner(html`<cookie-consent policy-url=${url}></cookie-consent>`);
            el.show();
            el.requestUpdate();
            await el.updateComplete;
            expectNoLink(el);
          }));
      }

      it('attribute with an entity-encoded scheme: no link and one console error', () =>
        // eslint-disable-next-line lit/attribute-value-entities -- the hostile value is the point
        expectOnePolicyUrlError(async () => expectNoLink(await banner(html`<cookie-consent policy-url="&#106;ava&#x09;script&colon;alert(1)"></cookie-consent>`))));

      for (const url of [...UNSAFE, '&#106;avascript:alert(1)']) {
        it(`config block policyUrl ${JSON.stringify(url)}: no link and one console error`, async () => {
          addToPage(`<script type="application/json" data-privacy-elements>${JSON.stringify({ policyUrl: url }).replace(/</g, '\\u003c')}</script>`);
          await expectOnePolicyUrlError(async () => expectNoLink(await banner()));
        });
      }

      it('links http(s) and relative URLs from the attribute and the config block', async () => {
        const { errors, restore } = captureErrors();
        try {
          for (const url of ['https://example.org/privacy', 'http://example.org/privacy', '/privacy', 'legal/privacy.html#cookies']) {
            const el = await banner(html`<cookie-consent policy-url=${url}></cookie-consent>`);
            expect(part(el, 'policy-link')!.getAttribute('href'), url).to.equal(url);
          }
          addToPage('<script type="application/json" data-privacy-elements>{"policyUrl":"https://example.org/p"}</script>');
          expect(part(await banner(), 'policy-link')!.getAttribute('href')).to.equal('https://example.org/p');
        } finally {
          restore();
        }
        expect(errors).to.deep.equal([]);
      });
    });

    it('registering the element twice does not throw', () => {
      expect(() => define('cookie-consent', class extends CookieConsent {})).not.to.throw();
      expect(customElements.get('cookie-consent')).to.equal(CookieConsent);
    });
  });

  describe('Global Privacy Control', () => {
    afterEach(() => delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl);

    it('stores a gpc record, denies analytics and says so instead of the first layer', async () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const changes: ConsentChangeDetail[] = [];
      const listener = (e: Event) => changes.push((e as CustomEvent).detail);
      document.addEventListener('consent-change', listener);
      try {
        const el = await banner();
        expect(stored().method).to.equal('gpc');
        expect(stored().categories).to.deep.equal({ essential: true, analytics: false });
        expect(changes).to.have.length(1);
        expect(changes[0].changed).to.deep.equal([]);
        expect(part(el, 'message')!.textContent).to.contain('Global Privacy Control');
        expect(inBanner(el, 'accept-button')).to.equal(false);
        expect(inBanner(el, 'customize-button')).to.equal(true);
        await expect(el).to.be.accessible();
        el.acceptAll();
        expect(stored().method).to.equal('accept-all');
      } finally {
        document.removeEventListener('consent-change', listener);
      }
    });

    it('is ignored with gpc="ignore"', async () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const el = await banner(html`<cookie-consent gpc="ignore"></cookie-consent>`);
      expect(localStorage.getItem('cookie-consent')).to.equal(null);
      expect(inBanner(el, 'accept-button')).to.equal(true);
    });
  });

  describe('accessibility in every visible state, alone and on a host page', () => {
    const categories = [
      { id: 'essential', label: 'Essential', description: 'Needed.', cookies: [{ name: 'session', provider: 'this site', purpose: 'sign-in', duration: 'session' }] },
      { id: 'analytics', label: 'Analytics', description: 'Statistics.', cookies: [{ pattern: '^_ga_', provider: 'Google', purpose: 'statistics', duration: '2 years' }] },
      { id: 'marketing', label: 'Marketing', description: 'Ads.', cookies: [] },
    ];
    const make = () => {
      const el = document.createElement('cookie-consent') as CookieConsent;
      el.setAttribute('policy-url', '/privacy');
      el.categories = categories;
      return el;
    };
    afterEach(() => delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl);

    it('the preferences dialog adds no landmarks to the page and keeps its name and parts', async () => {
      const el = await mount(make(), 'host page', 'start');
      await el.showPreferences();
      const dialog = dialogOf(el);
      expect(dialog.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]').length).to.equal(0);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(el.shadowRoot!.getElementById('title')!.textContent).to.equal('Cookie preferences');
      for (const name of ['dialog', 'close-button', 'category', 'category-toggle', 'cookie-table', 'save-button', 'accept-button', 'reject-button']) {
        expect(!!dialog.matches(`[part~="${name}"]`) || !!dialog.querySelector(`[part~="${name}"]`), name).to.equal(true);
      }
    });

    for (const setting of SETTINGS) {
      it(`first layer (${setting})`, async () => {
        const el = await mount(make(), setting, 'start');
        expect(inBanner(el, 'accept-button') && inBanner(el, 'policy-link')).to.equal(true);
        await expectAccessible(el, setting);
      });

      it(`Global Privacy Control notice (${setting})`, async () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
        const el = await mount(make(), setting, 'start');
        expect(inBanner(el, 'dismiss-button') && !inBanner(el, 'accept-button')).to.equal(true);
        await expectAccessible(el, setting);
      });

      it(`preferences dialog open (${setting})`, async () => {
        const el = await mount(make(), setting, 'start');
        const settings = document.querySelector<HTMLElement>('[data-consent-open]');
        if (settings) settings.click();
        else await el.showPreferences();
        await waitUntil(() => dialogOf(el).open, 'the dialog opened');
        await expectAccessible(el, setting);
      });

      it(`after a decision, hidden (${setting})`, async () => {
        const el = await mount(make(), setting, 'start');
        part(el, 'reject-button')!.click();
        await el.updateComplete;
        expect(inBanner(el, 'banner')).to.equal(false);
        await expectAccessible(el, setting);
      });
    }
  });

  describe('integrations', () => {
    it('drives Google Consent Mode v2 through dataLayer, default first', async () => {
      addToPage('<script type="text/plain" data-consent-category="analytics">window.__order = (window.dataLayer || []).map(a => a[1]);</script>');
      const el = await banner(html`<cookie-consent consent-mode></cookie-consent>`);
      const layer = win.dataLayer as IArguments[];
      expect(layer).to.have.length(1);
      expect(Object.prototype.toString.call(layer[0])).to.equal('[object Arguments]');
      expect([...layer[0]].slice(0, 2)).to.deep.equal(['consent', 'default']);
      expect(Object.keys(layer[0][2]).sort()).to.deep.equal([
        'ad_personalization',
        'ad_storage',
        'ad_user_data',
        'analytics_storage',
        'functionality_storage',
        'personalization_storage',
        'security_storage',
        'wait_for_update',
      ]);
      expect(layer[0][2]).to.include({ analytics_storage: 'denied', security_storage: 'granted' });
      el.acceptAll();
      expect([...layer[1]].slice(0, 2)).to.deep.equal(['consent', 'update']);
      expect(layer[1][2]).to.include({ analytics_storage: 'granted' });
      // Then the object for tag managers, all before the gated script ran.
      expect(layer[2]).to.deep.equal({ event: 'consent_update', consent: { essential: true, analytics: true }, consentMethod: 'accept-all', consentId: el.record!.id });
      expect(win.__order).to.deep.equal(['default', 'update', undefined]);
    });

    it('POSTs each decision to consent-endpoint with page and locale', async () => {
      await fetch('/test-api/consents', { method: 'DELETE' });
      const el = await banner(html`<cookie-consent consent-endpoint="/test-api/consents"></cookie-consent>`);
      el.acceptAll();
      const record = stored();
      let received: Array<{ contentType: string; body: Record<string, unknown> }> = [];
      await waitUntil(async () => {
        received = await (await fetch('/test-api/consents')).json();
        return received.length === 1;
      }, 'the server received the record');
      expect(received[0].contentType).to.match(/application\/json/);
      expect(received[0].body).to.deep.equal({ ...record, page: location.href, locale: 'en' });
    });

    it('keeps working when consent-endpoint fails', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
      try {
        const el = await banner(html`<cookie-consent consent-endpoint="/test-api/missing"></cookie-consent>`);
        el.acceptAll();
        expect(el.hasConsent('analytics')).to.equal(true);
        await waitUntil(() => warnings.length === 1, 'a warning about the failed POST');
        expect(warnings[0]).to.match(/privacy-elements: cookie-consent: could not send the consent record/);
      } finally {
        console.warn = warn;
      }
    });
  });
});
