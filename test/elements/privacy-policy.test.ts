import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/privacy-policy.js';
import type { PrivacyPolicy, PolicyErrorDetail, PolicyLoadDetail } from '../../src/privacy-policy.js';
import { loadPolicy, PolicyLoadError } from '../../src/core/policy/load-policy.js';
import { expectAccessible, mount, SETTINGS } from '../support/host-page.js';

type Win = Window & { __xss?: number };
const win = window as Win;

const shadow = (el: Element) => el.shadowRoot!;
const q = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function loaded(el: PrivacyPolicy) {
  await waitUntil(() => el.document !== undefined || q(el, '[part~="error"]'), 'the policy loaded or failed', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function fromSrc(src: string, attrs = '', where?: HTMLElement) {
  const holder = where ?? (await fixture<HTMLElement>(html`<div></div>`));
  const el = document.createElement('privacy-policy') as PrivacyPolicy;
  for (const [name, value] of attrs ? attrs.split(' ').map((a) => a.split('=')) : []) el.setAttribute(name, value ?? '');
  const done = Promise.race([oneEvent(el, 'policy-load'), oneEvent(el, 'policy-error')]);
  el.src = src;
  holder.append(el);
  const event = (await done) as CustomEvent;
  await el.updateComplete;
  return { el, event };
}

describe('<privacy-policy>', () => {
  describe('sources', () => {
    it('loads plain text from src and fires policy-load with the document', async () => {
      const { el, event } = await fromSrc('/shared-policies/cloudios.txt');
      expect(event.type).to.equal('policy-load');
      const doc = (event as CustomEvent<PolicyLoadDetail>).detail.document;
      expect(doc.title).to.equal('Privacy Policy — Cloudios');
      expect(text(q(el, '[part~="title"]'))).to.equal('Privacy Policy — Cloudios');
      expect(q(el, 'article[part~="document"]')).to.exist;
    });

    it('reads Markdown from src', async () => {
      const { el } = await fromSrc('/test-api/policy/markdown');
      expect(text(q(el, 'h2'))).to.equal('Privacy Policy');
      expect(q(el, 'strong')!.textContent).to.equal('e-mail');
      expect(q(el, 'a[href="mailto:privacy@example.org"]')).to.exist;
    });

    it('accepts the JSON of a parsed document from src, and re-checks its links', async () => {
      const { el } = await fromSrc('/test-api/policy/json');
      expect(text(q(el, '[part~="title"]'))).to.equal('From JSON');
      expect(qa(el, 'section').map((s) => s.id)).to.deep.equal(['one', 'two']);
      expect(qa(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['#one', '#two']);
      expect(text(q(el, '#one p'))).to.equal('bad link');
    });

    it('takes the text property, an inline script, a template, or its own text', async () => {
      const a = await fixture<PrivacyPolicy>(html`<privacy-policy .text=${'Privacy Policy\n1. From the property\nText.'}></privacy-policy>`);
      const b = await fixture<PrivacyPolicy>(html`<privacy-policy><script type="text/plain">Privacy Policy\n1. From a script\nText.</script></privacy-policy>`);
      const c = await fixture<PrivacyPolicy>(html`<privacy-policy><template>Privacy Policy\n1. From a template\nText.</template></privacy-policy>`);
      const d = await fixture<PrivacyPolicy>(html`<privacy-policy>Privacy Policy 1. From its own text</privacy-policy>`);
      expect(text(q(a, 'h3'))).to.equal('1 From the property');
      expect(text(q(b, 'h3'))).to.equal('1 From a script');
      expect(text(q(c, 'h3'))).to.equal('1 From a template');
      expect(text(q(d, '[part~="document"]'))).to.contain('From its own text');
    });

    it('prefers src over the text property', async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('privacy-policy') as PrivacyPolicy;
      el.text = 'Privacy Policy\n1. From text';
      el.src = '/test-api/policy/markdown';
      holder.append(el);
      await loaded(el);
      expect(text(q(el, '[part~="document"]'))).to.contain('Data we collect');
      expect(text(q(el, '[part~="document"]'))).not.to.contain('From text');
    });

    it('shows a loading state while src loads', async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('privacy-policy') as PrivacyPolicy;
      el.src = '/test-api/policy/slow';
      holder.append(el);
      await el.updateComplete;
      expect(text(q(el, '[part~="status"][role="status"]'))).to.equal('Loading the privacy policy…');
      await loaded(el);
      expect(q(el, '[part~="status"]')).to.equal(null);
    });
  });

  describe('accessibility in every visible state, alone and on a host page', () => {
    const make = (src: string) => {
      const el = document.createElement('privacy-policy') as PrivacyPolicy;
      el.src = src;
      return el;
    };

    for (const setting of SETTINGS) {
      it(`loading (${setting})`, async () => {
        const el = await mount(make('/test-api/policy/hang'), setting);
        expect(text(q(el, '[part~="status"][role="status"]'))).to.equal('Loading the privacy policy…');
        await expectAccessible(el, setting);
        // A new src aborts the request that never answers.
        el.src = '/test-api/policy/markdown';
        await loaded(el);
      });

      for (const src of ['/test-api/policy/markdown', '/shared-policies/cloudpruneai.txt']) {
        it(`a rendered document with its table of contents: ${src} (${setting})`, async () => {
          const el = await loaded(await mount(make(src), setting));
          expect(q(el, 'nav[part~="toc"]')).to.exist;
          expect(q(el, 'article[part~="document"]')).to.exist;
          await expectAccessible(el, setting);
        });
      }

      it(`error (${setting})`, async () => {
        const el = await loaded(await mount(make('/test-api/policy/missing'), setting));
        expect(q(el, '[part~="error"][role="alert"]')).to.exist;
        await expectAccessible(el, setting);
      });
    }
  });

  describe('a failing src', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/test-api/policy/missing', 'http', /status 404/],
      ['/test-api/policy/server-error', 'http', /status 500/],
      ['http://127.0.0.1:1/policy.txt', 'network', /network request failed/],
      ['/test-api/policy/html', 'content-type', /plain text, Markdown/],
      ['/test-api/policy/image', 'content-type', /plain text, Markdown/],
      ['/test-api/policy/large', 'too-large', /larger than 2 MB/],
    ];
    for (const [src, kind, message] of cases) {
      it(`${kind}: ${src} shows a readable message naming the URL, and fires policy-error`, async () => {
        const { el, event } = await fromSrc(src);
        expect(event.type).to.equal('policy-error');
        const { error } = (event as CustomEvent<PolicyErrorDetail>).detail;
        expect(error).to.be.instanceOf(PolicyLoadError);
        expect(error.kind).to.equal(kind);
        expect(error.url).to.equal(src);
        const box = q(el, '[part~="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box)).to.contain('The privacy policy could not be loaded.');
        expect(text(box)).to.match(message);
        expect(text(box)).to.contain(src);
        await expect(el).to.be.accessible();
      });
    }

    it('gives up on a server that never answers', async () => {
      const never: typeof fetch = (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const error = await loadPolicy('/slow', { fetch: never, timeout: 50 }).catch((e) => e);
      expect(error).to.be.instanceOf(PolicyLoadError);
      expect(error.kind).to.equal('timeout');
    });
  });

  describe('rendering', () => {
    it('renders semantic HTML with headings below the page heading, and is accessible', async () => {
      const { el } = await fromSrc('/shared-policies/cloudpruneai.txt');
      expect(q(el, 'h2[part~="title"]')).to.exist;
      expect(text(q(el, '#\\31 -introduction-heading'))).to.equal('1 Introduction');
      expect(q(el, '#\\32 -1-personal-data-heading')!.tagName).to.equal('H4');
      expect(q(el, '#\\32 -information-we-collect-heading')!.tagName).to.equal('H3');
      const table = q(el, 'table[part~="table"]')!;
      expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).to.deep.equal([
        ['Data', 'col'],
        ['Source', 'col'],
        ['Purpose', 'col'],
        ['Legal Basis', 'col'],
      ]);
      expect(table.querySelectorAll('tbody tr')).to.have.length(4);
      expect(qa(el, 'ul').length).to.be.greaterThan(5);
      expect(q(el, 'a[href="mailto:privacy@cloudpruneai.com"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the dates prominently, formatted in the page language', async () => {
      const { el } = await fromSrc('/shared-policies/cloudios.txt');
      const times = qa(el, '[part~="dates"] time');
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-05-24', '2026-06-01']);
      const expected = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-05-24T00:00:00Z'));
      expect(text(q(el, '[part~="dates"]'))).to.contain(`Last updated ${expected}`);
    });

    it('formats dates as the page writes them (en-GB: 24 May 2026)', async () => {
      const holder = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
      const el = document.createElement('privacy-policy') as PrivacyPolicy;
      el.text = 'Privacy Policy\nLast updated: 2026-05-24\n1. One\nText.';
      holder.append(el);
      await el.updateComplete;
      expect(text(q(el, '[part~="dates"]'))).to.equal('Last updated 24 May 2026');
    });

    it('has a table of contents with readable anchors, and none with no-toc', async () => {
      const { el } = await fromSrc('/shared-policies/cloudnexus.txt');
      const toc = q(el, 'nav[part~="toc"]')!;
      const hrefs = [...toc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs.slice(0, 5)).to.deep.equal([
        '#1-introduction-scope',
        '#2-information-we-collect',
        '#2-1-personal-identification-information',
        '#2-2-technical-usage-data',
        '#2-3-communication-data',
      ]);
      expect(hrefs).to.include('#9-international-data-transfers');
      expect(hrefs).to.include('#data-protection-inquiries');
      for (const href of hrefs) expect(q(el, href!.replace(/^#(\d)/, '#\\3$1 ')), href!).to.exist;
      const { el: bare } = await fromSrc('/shared-policies/cloudnexus.txt', 'no-toc');
      expect(q(bare, 'nav')).to.equal(null);
    });

    it('takes its heading level from heading-level', async () => {
      const { el } = await fromSrc('/shared-policies/cloudios.txt', 'heading-level=1');
      expect(q(el, '[part~="title"]')!.tagName).to.equal('H1');
      expect(q(el, '#\\31 -information-we-collect-heading')!.tagName).to.equal('H2');
    });

    it('keeps section numbers as written, and every documented part exists', async () => {
      const { el } = await fromSrc('/shared-policies/cloudnexus.txt');
      const numbers = qa(el, 'section[part~="section"] > [part~="heading"] .number').map((n) => n.textContent);
      expect(numbers).to.include('9');
      expect(numbers).not.to.include('8');
      for (const part of ['document', 'toc', 'section', 'heading']) expect(q(el, `[part~="${part}"]`), part).to.exist;
      const { el: other } = await fromSrc('/shared-policies/cloudpruneai.txt');
      for (const part of ['title', 'dates', 'table']) expect(q(other, `[part~="${part}"]`), part).to.exist;
    });

    it('never shows a bare dash or a "- " paragraph', async () => {
      for (const name of ['cloudios', 'cloudmates', 'cloudnexus', 'cloudpruneai', 'cloustral']) {
        const { el } = await fromSrc(`/shared-policies/${name}.txt`);
        for (const p of qa(el, 'p')) {
          expect(text(p), name).not.to.equal('-');
          expect(text(p).startsWith('- '), `${name}: ${text(p)}`).to.equal(false);
        }
      }
    });

    it('prints the whole policy without the table of contents', async () => {
      const { el } = await fromSrc('/shared-policies/cloustral.txt');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(q(el, 'nav')!).display).to.equal('none');
        expect(getComputedStyle(q(el, 'section')!).display).not.to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('scrolls to #slug on load and when the fragment changes, and focuses the heading', async () => {
      const page = await fixture<HTMLElement>(html`<div><div style="height: 3000px"></div><div class="holder"></div><div style="height: 3000px"></div></div>`);
      history.replaceState(null, '', '#9-international-data-transfers');
      window.scrollTo(0, 0);
      const { el } = await fromSrc('/shared-policies/cloudnexus.txt', '', page.querySelector<HTMLElement>('.holder')!);
      await waitUntil(() => Math.abs(q(el, '#\\39 -international-data-transfers-heading')!.getBoundingClientRect().top) < 40, 'scrolled to section 9');
      location.hash = '#2-1-personal-identification-information';
      const target = q(el, '#\\32 -1-personal-identification-information-heading')!;
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 40, 'scrolled to 2.1');
      expect(el.shadowRoot!.activeElement).to.equal(target);
    });

    it('follows a click in the table of contents', async () => {
      const { el } = await fromSrc('/shared-policies/cloustral.txt');
      const link = q(el, 'nav a[href="#9-your-rights"]')!;
      link.click();
      const target = q(el, '#\\39 -your-rights-heading')!;
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 40, 'scrolled to 9');
      expect(location.hash).to.equal('#9-your-rights');
    });
  });

  // The injection corpus through every source, and parser-exhausting inputs: hostile-policy.test.ts.
  describe('policy text is data, never markup', () => {
    it('rejects an HTML page even when it claims to be a policy', async () => {
      const { event } = await fromSrc(`/test-api/policy/echo?type=text/html&text=${encodeURIComponent('<script>window.__xss=1</script>')}`);
      expect(event.type).to.equal('policy-error');
      expect(win.__xss).to.equal(undefined);
    });
  });
});
