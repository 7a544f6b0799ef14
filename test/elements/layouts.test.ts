import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/privacy-elements.js';
import type { CookieConsent, RightsRequestForm } from '../../src/index.js';
import * as de from '../../src/locales/de.js';
import { hostPage } from '../support/host-page.js';

const LAYOUTS = ['bar', 'box', 'center'] as const;
const CATEGORIES = [
  {
    id: 'essential',
    cookies: [{ name: 'session', provider: 'Bäckerei Lind', purpose: 'Anmeldung und Warenkorb', duration: 'Sitzung' }],
  },
  {
    id: 'analytics',
    cookies: [
      { name: '_ga', provider: 'Google Ireland Limited', purpose: 'Unterscheidet Besucherinnen und Besucher', duration: '2 Jahre' },
      { pattern: '^_ga_', provider: 'Google Ireland Limited', purpose: 'Speichert den Sitzungsstatus', duration: '2 Jahre' },
    ],
  },
];
const AR = {
  bannerTitle: 'ملفات تعريف الارتباط',
  bannerText: 'نستخدم ملفات تعريف الارتباط الضرورية وملفات التحليل إذا وافقت.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
};

let n = 0;
async function mountBanner(layout: string, lang: string, options: { messages?: object; style?: string; dir?: string } = {}) {
  const page = await hostPage(
    html`<cookie-consent storage-key="pe-layout-${++n}" layout=${layout} policy-url="/privacy" style=${options.style ?? ''} .categories=${CATEGORIES} .messages=${options.messages}></cookie-consent>` as unknown as Element,
    'start',
    lang,
  );
  if (options.dir) document.documentElement.dir = options.dir;
  const el = page.querySelector<CookieConsent>('cookie-consent')!;
  await el.updateComplete;
  return el;
}

const rect = (el: CookieConsent, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
const buttons = (el: CookieConsent) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.getClientRects().length);

/** No button's text overflows or is clipped: the content fits the box it is in. */
function expectTextFits(el: CookieConsent, what: string): void {
  for (const b of buttons(el)) {
    expect(b.scrollWidth, `${what}: "${b.textContent!.trim()}" is cut off sideways`).to.be.at.most(b.clientWidth + 1);
    expect(b.scrollHeight, `${what}: "${b.textContent!.trim()}" is cut off`).to.be.at.most(b.clientHeight + 1);
  }
}

describe('layouts', () => {
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.style.fontSize = '';
    document.documentElement.removeAttribute('dir');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const layout of LAYOUTS) {
    describe(layout, () => {
      for (const lang of ['en', 'de', 'pl']) {
        it(`at 320 px in ${lang}: fits without scrolling sideways, buttons stacked full width, Accept and Reject equal`, async () => {
          await setViewport({ width: 320, height: 640 });
          const el = await mountBanner(layout, lang);
          const banner = rect(el, 'banner');
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          expect(banner.left).to.be.at.least(0);
          expect(banner.right).to.be.at.most(320);
          const [accept, reject, actions] = [rect(el, 'accept-button'), rect(el, 'reject-button'), rect(el, 'actions')];
          expect(accept.width).to.be.closeTo(reject.width, 1);
          expect(accept.height).to.be.closeTo(reject.height, 1);
          expect(accept.width).to.be.closeTo(actions.width, 1);
          expect(rect(el, 'customize-button').width).to.be.closeTo(actions.width, 1);
          expectTextFits(el, `${layout} ${lang} 320 px`);
        });
      }

      it('at 200 % text size on a 320 px screen: still no sideways scrolling, no text cut off, every button reachable', async () => {
        await setViewport({ width: 320, height: 640 });
        document.documentElement.style.fontSize = '200%';
        const el = await mountBanner(layout, 'de');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expectTextFits(el, `${layout} at 200 %`);
        const banner = el.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
        for (const b of buttons(el)) {
          b.scrollIntoView({ block: 'nearest' });
          const r = b.getBoundingClientRect();
          const box = banner.getBoundingClientRect();
          expect(r.top, b.textContent!).to.be.at.least(box.top - 1);
          expect(r.bottom, b.textContent!).to.be.at.most(box.bottom + 1);
        }
      });

      it('on a wide screen: Accept and Reject equal in size and weight', async () => {
        await setViewport({ width: 1280, height: 800 });
        const el = await mountBanner(layout, 'de');
        const [accept, reject] = [rect(el, 'accept-button'), rect(el, 'reject-button')];
        expect(accept.width).to.be.closeTo(reject.width, 1);
        expect(accept.height).to.be.closeTo(reject.height, 1);
        const style = (p: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part~="${p}"]`)!);
        for (const prop of ['fontWeight', 'fontSize', 'backgroundColor', 'color', 'borderTopWidth'] as const)
          expect(style('accept-button')[prop], prop).to.equal(style('reject-button')[prop]);
      });
    });
  }

  for (const layout of LAYOUTS) {
    it(`${layout}: tabbing down a long page on a phone never leaves the focused field under the banner (WCAG 2.4.11)`, async () => {
      await setViewport({ width: 375, height: 667 });
      const el = await mountBanner(layout, 'pl');
      const form = document.createElement('form');
      form.innerHTML = Array.from({ length: 12 }, (_, i) => `<p style="margin: 0 0 140px"><label>Pole ${i} <input name="f${i}"></label></p>`).join('');
      document.querySelector('main')!.append(form);
      form.querySelector('input')!.focus();
      const bannerBox = () => el.shadowRoot!.querySelector('[part~="banner"]')!.getBoundingClientRect();
      for (let i = 1; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const focused = document.activeElement as HTMLElement;
        expect(focused.getAttribute('name'), `Tab ${i}`).to.equal(`f${i}`);
        const r = focused.getBoundingClientRect();
        const b = bannerBox();
        const covered = r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
        expect(covered, `f${i} at ${Math.round(r.top)}–${Math.round(r.bottom)} under the banner at ${Math.round(b.top)}`).to.equal(false);
      }
      form.remove();
      window.scrollTo(0, 0);
    });
  }

  it('center leaves the page usable: no backdrop, the page behind takes clicks', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await mountBanner('center', 'en');
    const link = document.querySelector<HTMLAnchorElement>('nav a')!;
    const r = link.getBoundingClientRect();
    expect(document.elementFromPoint(r.left + 2, r.top + 2)).to.equal(link);
    expect(el.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
  });

  it('box sits in the bottom corner at the end of the line (left in right-to-left)', async () => {
    await setViewport({ width: 1024, height: 768 });
    const ltr = rect(await mountBanner('box', 'en'), 'banner');
    expect(1024 - ltr.right).to.be.lessThan(40);
    expect(768 - ltr.bottom).to.be.lessThan(40);
    localStorage.clear();
    const rtl = rect(await mountBanner('box', 'ar', { messages: { ar: AR }, dir: 'rtl' }), 'banner');
    expect(rtl.left).to.be.lessThan(40);
  });

  for (const [w, h] of [
    [375, 667],
    [320, 568],
  ]) {
    it(`on a ${w} × ${h} phone every layout leaves most of the page visible, all buttons in view, in English, German and Polish`, async () => {
      await setViewport({ width: w, height: h });
      for (const layout of LAYOUTS) {
        for (const lang of ['en', 'de', 'pl']) {
          const el = await mountBanner(layout, lang);
          const banner = rect(el, 'banner');
          expect(banner.height, `${layout} ${lang}`).to.be.lessThan(h / 2);
          for (const b of buttons(el)) {
            const r = b.getBoundingClientRect();
            expect(r.top, `${layout} ${lang} ${b.textContent}`).to.be.at.least(banner.top);
            expect(r.bottom, `${layout} ${lang} ${b.textContent}`).to.be.at.most(Math.min(banner.bottom, h));
          }
          localStorage.clear();
        }
      }
    });
  }

  it('on a phone the cookie table reflows: no column is cut off', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await mountBanner('bar', 'de');
    await el.showPreferences();
    const dialog = el.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    const cells = [...el.shadowRoot!.querySelectorAll('td')];
    expect(cells.length).to.equal(12);
    for (const td of cells) {
      const r = td.getBoundingClientRect();
      expect(r.right, td.textContent!).to.be.at.most(dialog.right);
      expect(r.left, td.textContent!).to.be.at.least(dialog.left);
      expect(td.scrollWidth, td.textContent!).to.be.at.most(td.clientWidth + 1);
    }
    // Each value still names its column.
    expect(getComputedStyle(cells[3], '::before').content).to.equal(JSON.stringify(de.consent.cookieDuration));
    el.rejectAll();
  });

  it('the switch looks like a switch: a track wider than tall, with a thumb that moves', async () => {
    // Without motion the thumb is where it ends up at once.
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountBanner('bar', 'en');
    await el.showPreferences();
    const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('#c-analytics')!;
    expect(toggle.getAttribute('role')).to.equal('switch');
    expect(toggle.type).to.equal('checkbox');
    const r = toggle.getBoundingClientRect();
    expect(r.width).to.be.greaterThan(r.height * 1.4);
    const thumb = () => getComputedStyle(toggle, '::before').insetInlineStart;
    const off = thumb();
    toggle.click();
    await el.updateComplete;
    expect(toggle.checked).to.equal(true);
    expect(thumb()).not.to.equal(off);
    el.rejectAll();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});

describe('accessibility of every layout, in dark, right-to-left and German, on a host page', () => {
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.removeAttribute('dir');
    await emulateMedia({ colorScheme: 'light' });
  });

  const cases: Array<[string, string, { messages?: object; style?: string; dir?: string; dark?: boolean }]> = [];
  for (const layout of LAYOUTS) {
    cases.push([layout, 'en', {}], [layout, 'de', {}], [layout, 'en', { dark: true }], [layout, 'ar', { messages: { ar: AR }, dir: 'rtl' }]);
  }
  cases.push(['bar', 'en', { style: 'color-scheme: dark' }], ['box', 'pl', { style: 'color-scheme: dark' }]);

  for (const [layout, lang, options] of cases) {
    const name = `${layout}, ${lang}${options.dark ? ', dark (prefers-color-scheme)' : ''}${options.style ? `, ${options.style} on the element` : ''}${options.dir ? ', rtl' : ''}`;
    it(`${name}: first layer and dialog have no axe violations`, async () => {
      if (options.dark) await emulateMedia({ colorScheme: 'dark' });
      const el = await mountBanner(layout, lang, options);
      await expect(document.documentElement).to.be.accessible();
      await el.showPreferences();
      await expect(document.documentElement).to.be.accessible();
      el.rejectAll();
    });
  }

  it('dark colours follow the system and can be forced by the page', async () => {
    const light = getComputedStyle((await mountBanner('bar', 'en')).shadowRoot!.querySelector('[part~="banner"]')!).backgroundColor;
    localStorage.clear();
    const forced = getComputedStyle((await mountBanner('bar', 'en', { style: 'color-scheme: dark' })).shadowRoot!.querySelector('[part~="banner"]')!).backgroundColor;
    localStorage.clear();
    await emulateMedia({ colorScheme: 'dark' });
    const system = getComputedStyle((await mountBanner('bar', 'en')).shadowRoot!.querySelector('[part~="banner"]')!).backgroundColor;
    localStorage.clear();
    const forcedLight = getComputedStyle((await mountBanner('bar', 'en', { style: 'color-scheme: light' })).shadowRoot!.querySelector('[part~="banner"]')!).backgroundColor;
    expect(forced).not.to.equal(light);
    expect(system).to.equal(forced);
    expect(forcedLight).to.equal(light);
  });

  it('a site’s --pe-* values reach the banner', async () => {
    const el = await mountBanner('box', 'en', { style: '--pe-color-accent: rgb(120, 20, 60); --pe-radius: 3px; --pe-font-family: Georgia, serif; --pe-z-index: 77' });
    const accept = getComputedStyle(el.shadowRoot!.querySelector('[part~="accept-button"]')!);
    const banner = getComputedStyle(el.shadowRoot!.querySelector('[part~="banner"]')!);
    expect(accept.backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="reject-button"]')!).backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(banner.borderTopLeftRadius).to.equal('3px');
    expect(banner.fontFamily).to.include('Georgia');
    expect(banner.zIndex).to.equal('77');
  });

  it('the form in German and right-to-left, dark, on a host page', async () => {
    const page = await hostPage(html`<rights-request-form endpoint="/x" style="color-scheme: dark"></rights-request-form>` as unknown as Element, 'main', 'de');
    document.documentElement.dir = 'rtl';
    const form = page.querySelector<RightsRequestForm>('rights-request-form')!;
    await form.updateComplete;
    await expect(document.documentElement).to.be.accessible();
  });
});
