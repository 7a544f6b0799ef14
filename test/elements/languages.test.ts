import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/privacy-elements.js';
import type { CookieConsent, PrivacyPolicy, RightsRequestForm } from '../../src/index.js';
import * as en from '../../src/locales/en.js';
import * as de from '../../src/locales/de.js';
import * as fr from '../../src/locales/fr.js';
import * as es from '../../src/locales/es.js';
import * as it_ from '../../src/locales/it.js';
import * as nl from '../../src/locales/nl.js';
import * as pt from '../../src/locales/pt.js';
import * as pl from '../../src/locales/pl.js';
import { hostPage } from '../support/host-page.js';
import { addConfigBlock, leaves } from '../support/messages.js';

const LANGS: Record<string, typeof en> = { de, fr, es, it: it_, nl, pt, pl };
const CONFIG = 'script[data-privacy-elements]';

/** Every text a visitor can see or hear in a shadow root: text nodes and the accessible names and labels in attributes. */
function visibleTexts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent!.replace(/\s+/g, ' ').trim();
      if (t && !n.parentElement?.closest('style')) out.push(t);
    } else
      for (const a of ['aria-label', 'label', 'placeholder', 'title']) {
        const v = (n as Element).getAttribute(a);
        if (v) out.push(v);
      }
  }
  return out;
}

/** The English texts that the language translates (not those identical by nature), with placeholders cut off. */
function englishOnly(lang: string, part: 'consent' | 'policy' | 'rights'): string[] {
  const ours = leaves(LANGS[lang][part]);
  return [...leaves(en[part])]
    .filter(([path, value]) => ours.get(path) !== value && ours.has(path))
    .map(([, value]) =>
      String(value)
        .split(/\{\w+\}/)[0]
        .trim(),
    )
    .filter((v) => v.length > 2);
}

/** No English text on screen: no visible text is, or (for longer ones) contains, a translated English text. */
function expectNoEnglish(texts: string[], lang: string, part: 'consent' | 'policy' | 'rights'): void {
  const english = englishOnly(lang, part);
  const left = texts.filter((t) => english.some((e) => t === e || (e.length >= 12 && t.includes(e))));
  expect(left, `${lang}: English left on screen`).to.deep.equal([]);
  expect(
    texts.filter((t) => /undefined|\[object|^\w+\.\w+$/.test(t)),
    `${lang}: key names or undefined`,
  ).to.deep.equal([]);
}

let n = 0;
const key = () => `pe-lang-test-${++n}`;

describe('every element in every language', () => {
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll(CONFIG).forEach((s) => s.remove());
  });

  for (const lang of Object.keys(LANGS)) {
    describe(lang, () => {
      it('the banner and its dialog show no English', async () => {
        const el = await fixture<CookieConsent>(html`<cookie-consent lang=${lang} storage-key=${key()} policy-url="/privacy"></cookie-consent>`);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal(LANGS[lang].consent.acceptAll);
        expect(el.shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal(lang);
        await el.showPreferences();
        const texts = visibleTexts(el.shadowRoot!);
        expectNoEnglish(texts, lang, 'consent');
        expect(texts).to.include(LANGS[lang].consent.categories.analytics.label);
        el.rejectAll();
      });

      it('the Global Privacy Control notice is in the language too', async () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
        try {
          const el = await fixture<CookieConsent>(html`<cookie-consent lang=${lang} storage-key=${key()}></cookie-consent>`);
          await el.updateComplete;
          const texts = visibleTexts(el.shadowRoot!);
          expect(texts.join(' ')).to.include(LANGS[lang].consent.gpcText.replace(/\s+/g, ' '));
          expectNoEnglish(texts, lang, 'consent');
        } finally {
          delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
        }
      });

      it('the policy display shows its own texts in the language, the policy and its dates in the page’s', async () => {
        const policy = 'Datenschutzerklärung\n\nStand: 02.11.2026\n\n1. Verantwortlicher\n\nBäckerei Lind.\n\n2. Rechte\n\nSie haben Rechte.';
        const wrap = await fixture<HTMLElement>(html`<div lang="de"><privacy-policy lang=${lang} .text=${policy}></privacy-policy></div>`);
        const el = wrap.querySelector<PrivacyPolicy>('privacy-policy')!;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('.toc-heading')!.textContent).to.equal(LANGS[lang].policy.contents);
        expect(root.querySelector('.toc-heading')!.getAttribute('lang')).to.equal(lang);
        // The document has no language of ours: it inherits the page's (here the element's own `lang`).
        expect(root.querySelector('article')!.closest('[lang]')).to.equal(null);
        expect(root.querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 2)));
        const failed = await fixture<PrivacyPolicy>(html`<privacy-policy lang=${lang} src="/test-api/policy/status/404"></privacy-policy>`);
        await waitUntil(() => failed.shadowRoot!.querySelector('[part~="error"]'), 'error shown');
        const texts = visibleTexts(failed.shadowRoot!);
        expect(texts.join(' ')).to.include(LANGS[lang].policy.loadFailed);
        expectNoEnglish(texts, lang, 'policy');
      });

      it('the form shows no English, errors and confirmation included, with the deadline in the language', async () => {
        const el = await fixture<RightsRequestForm>(html`<rights-request-form lang=${lang} endpoint="/test-api/rights/ok"></rights-request-form>`);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const select = root.querySelector('select')!;
        expect(select.options[0].textContent!.trim()).to.equal(LANGS[lang].rights.jurisdictionPrompt);
        // Countries in the visitor's language, from the browser.
        expect([...select.options].map((o) => o.textContent)).to.include(new Intl.DisplayNames([lang], { type: 'region' }).of('DE'));
        root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
        await el.updateComplete;
        expectNoEnglish(visibleTexts(root), lang, 'rights');
        expect(root.querySelector('[part~="status"]')!.textContent).to.match(/\d/);
        // Fill in and send: the confirmation and its date in the language, the wire's locale the language.
        select.value = 'FR';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        root.querySelector<HTMLInputElement>('#type-access')!.click();
        for (const [id, value] of [
          ['name', 'Ada Lovelace'],
          ['email', 'ada@example.org'],
        ]) {
          const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        root.querySelector<HTMLInputElement>('#confirm')!.click();
        await el.updateComplete;
        const sent = new Promise<CustomEvent>((resolve) => el.addEventListener('rights-request-success', (e) => resolve(e as CustomEvent), { once: true }));
        root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
        const { detail } = await sent;
        expect(detail.payload.locale).to.equal(lang);
        await el.updateComplete;
        const due = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(Date.parse(detail.payload.submittedAt) + 30 * 864e5));
        expect(root.querySelector('[part~="confirmation"]')!.textContent).to.include(due);
        expectNoEnglish(visibleTexts(root), lang, 'rights');
      });
    });
  }
});

describe('language resolution on the page', () => {
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll(CONFIG).forEach((s) => s.remove());
  });

  it('de-AT falls back to German and pt-BR to Portuguese; an unknown language to English', async () => {
    for (const [tag, expected] of [
      ['de-AT', de.consent.acceptAll],
      ['pt-BR', pt.consent.acceptAll],
      ['sv-SE', en.consent.acceptAll],
    ] as const) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${tag}><cookie-consent storage-key=${key()}></cookie-consent></div>`);
      const el = wrap.firstElementChild as CookieConsent;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim(), tag).to.equal(expected);
    }
  });

  it('the nearest [lang] that is available wins over <html lang>; one that is not falls through', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fi"><div lang="nl"><cookie-consent storage-key=${key()}></cookie-consent></div></div>`);
    const el = wrap.querySelector<CookieConsent>('cookie-consent')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="reject-button"]')!.textContent!.trim()).to.equal(nl.consent.rejectAll);
  });

  it('follows a page that switches <html lang>', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      html_.lang = 'fr';
      const el = await fixture<CookieConsent>(html`<cookie-consent storage-key=${key()}></cookie-consent>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal(fr.consent.acceptAll);
      html_.lang = 'es';
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim() === es.consent.acceptAll, 'switched to Spanish');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.lang = before;
    }
  });

  it('the config block overrides texts per language and labels categories per language', async () => {
    addConfigBlock({
      messages: { de: { acceptAll: 'Alles klar', bannerTitle: 'Kekse' }, en: { acceptAll: 'Sure' } },
      categories: [
        {
          id: 'analytics',
          label: { en: 'Statistics', de: 'Reichweitenmessung' },
          description: { de: 'Zählt Besuche.' },
          cookies: [{ name: '_ga', provider: 'Google', purpose: { en: 'Tells visitors apart', de: 'Unterscheidet Besucher' }, duration: { en: '2 years', de: '2 Jahre' } }],
        },
      ],
    });
    const el = await fixture<CookieConsent>(html`<cookie-consent lang="de" storage-key=${key()}></cookie-consent>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal('Alles klar');
    expect(root.querySelector('[part~="reject-button"]')!.textContent!.trim()).to.equal(de.consent.rejectAll);
    expect(root.querySelector('.title')!.textContent).to.equal('Kekse');
    await el.showPreferences();
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.include('Reichweitenmessung');
    expect(root.textContent).to.include('Zählt Besuche.');
    const cells = [...root.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['_ga', 'Google', 'Unterscheidet Besucher', '2 Jahre']);
    el.rejectAll();
  });

  it('the element’s messages property wins over the config block; a flat set applies to the language shown', async () => {
    addConfigBlock({ messages: { pl: { acceptAll: 'Z bloku', rejectAll: 'Nie z bloku' } } });
    const el = await fixture<CookieConsent>(html`<cookie-consent lang="pl" storage-key=${key()} .messages=${{ acceptAll: 'Z właściwości' }}></cookie-consent>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal('Z właściwości');
    expect(el.shadowRoot!.querySelector('[part~="reject-button"]')!.textContent!.trim()).to.equal('Nie z bloku');
  });

  it('a language that is not built in comes from messages, missing keys in English, never a key name or undefined', async () => {
    const sv = { bannerTitle: 'Kakor på webbplatsen', acceptAll: 'Godkänn alla', rejectAll: 'Avvisa alla' };
    for (const tag of ['sv', 'sv-FI']) {
      const el = await fixture<CookieConsent>(html`<cookie-consent lang=${tag} storage-key=${key()} .messages=${{ sv, de: { acceptAll: 'x' } }}></cookie-consent>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal('sv');
      expect(root.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal('Godkänn alla');
      expect(root.querySelector('[part~="customize-button"]')!.textContent!.trim()).to.equal(en.consent.customize);
      await el.showPreferences();
      const texts = visibleTexts(root);
      expect(texts.filter((t) => /undefined|^\w+\.\w+$/.test(t))).to.deep.equal([]);
      el.rejectAll();
    }
  });

  it('a German policy scrolls to the section in the URL once its texts have arrived', async () => {
    const sections = Array.from({ length: 12 }, (_, i) => `${i + 1}. Abschnitt ${i + 1}\n\n${'Ein Absatz mit Text. '.repeat(60)}`).join('\n\n');
    history.replaceState(null, '', '#11-abschnitt-11');
    try {
      const loaded = new Promise((resolve) => document.addEventListener('policy-load', resolve, { once: true }));
      const el = await fixture<PrivacyPolicy>(html`<privacy-policy lang="de" .text=${`Datenschutz\n\n${sections}`}></privacy-policy>`);
      await loaded;
      expect(el.shadowRoot!.querySelector('.toc-heading')!.textContent).to.equal(de.policy.contents);
      const heading = el.shadowRoot!.querySelector('#\\31 1-abschnitt-11-heading')!;
      await waitUntil(() => Math.abs(heading.getBoundingClientRect().top) < 40, 'scrolled to section 11');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('the config block’s messages reach the form and the policy too, per language', async () => {
    addConfigBlock({ messages: { de: { submit: 'Abschicken', contents: 'Übersicht' }, fr: { submit: 'Envoyer' } } });
    const wrap = await fixture<HTMLElement>(html`<div lang="de">
      <rights-request-form endpoint="/x"></rights-request-form>
      <privacy-policy .text=${'1. Wer wir sind\n\nEine Bäckerei.\n\n2. Ihre Rechte\n\nSie haben Rechte.'}></privacy-policy>
    </div>`);
    const [form, policy] = [...wrap.children] as [RightsRequestForm, PrivacyPolicy];
    await Promise.all([form.updateComplete, policy.updateComplete]);
    expect(form.shadowRoot!.querySelector('[part~="submit-button"]')!.textContent!.trim()).to.equal('Abschicken');
    expect(form.shadowRoot!.querySelector('#name')!.closest('.field')!.querySelector('label')!.textContent!.trim()).to.equal(de.rights.name);
    expect(policy.shadowRoot!.querySelector('.toc-heading')!.textContent).to.equal('Übersicht');
  });

  it('a form that switches language re-renders its errors and status in the new one, with the language’s plural', async () => {
    const el = await fixture<RightsRequestForm>(html`<rights-request-form lang="en" endpoint="/test-api/rights/ok"></rights-request-form>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await el.updateComplete;
    const status = () => el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim();
    const count = el.shadowRoot!.querySelectorAll('[part~="error"]').length;
    expect(count).to.equal(5);
    expect(status()).to.equal('Please correct 5 fields.');
    el.setAttribute('lang', 'pl');
    await el.updateComplete;
    expect(status()).to.equal('Popraw 5 pól.');
    expect(el.shadowRoot!.querySelector('#name-error')!.textContent!.trim()).to.equal(pl.rights.errors.required);
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(status()).to.equal('Bitte korrigieren Sie 5 Felder.');
  });

  it('a form and a policy take an added language too', async () => {
    const form = await fixture<RightsRequestForm>(html`<rights-request-form lang="sv" endpoint="/x" .messages=${{ sv: { submit: 'Skicka begäran' } }}></rights-request-form>`);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part~="submit-button"]')!.textContent!.trim()).to.equal('Skicka begäran');
    expect(form.shadowRoot!.querySelector('form')!.getAttribute('lang')).to.equal('sv');
    const policy = await fixture<PrivacyPolicy>(
      html`<privacy-policy lang="sv" .messages=${{ sv: { contents: 'Innehåll' } }} .text=${'1. Who we are\n\nWe are a bakery.\n\n2. Your rights\n\nYou have rights.'}></privacy-policy>`,
    );
    await policy.updateComplete;
    expect(policy.shadowRoot!.querySelector('.toc-heading')!.textContent).to.equal('Innehåll');
  });
});

describe('right to left', () => {
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });
  const ar = {
    bannerTitle: 'ملفات تعريف الارتباط على هذا الموقع',
    bannerText: 'نستخدم ملفات تعريف الارتباط الضرورية لتشغيل الموقع، وملفات التحليل إذا وافقت.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    customize: 'تخصيص',
    dialogTitle: 'تفضيلات ملفات تعريف الارتباط',
    saveChoices: 'حفظ الاختيارات',
    close: 'إغلاق',
  };

  it('an Arabic page mirrors the banner: buttons in reverse order, text from the right', async () => {
    await setViewport({ width: 1200, height: 700 });
    const wrap = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl"><cookie-consent storage-key=${key()} .messages=${{ ar }} .categories=${[{ id: 'analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'إحصاءات', duration: 'سنتان' }] }]}></cookie-consent></div>`,
    );
    const el = wrap.firstElementChild as CookieConsent;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const banner = root.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(banner.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal('قبول الكل');
    const x = (name: string) => root.querySelector(`[part~="${name}"]`)!.getBoundingClientRect().left;
    // In source order reject, accept, customize: right to left on screen.
    expect(x('reject-button')).to.be.greaterThan(x('accept-button'));
    expect(x('accept-button')).to.be.greaterThan(x('customize-button'));
    // The text starts at the right edge of the banner.
    const title = root.querySelector('.title')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    expect(banner.getBoundingClientRect().right - range.getBoundingClientRect().right).to.be.lessThan(40);
    await el.showPreferences();
    const dialog = root.querySelector('dialog')!;
    const close = root.querySelector('[part~="close-button"]')!.getBoundingClientRect();
    // The close button sits at the dialog's left, the start of a right-to-left line.
    expect(close.left - dialog.getBoundingClientRect().left).to.be.lessThan(60);
    expect(getComputedStyle(root.querySelector('th')!).textAlign).to.be.oneOf(['start', 'right']);
    expect(root.querySelector('th')!.getBoundingClientRect().right).to.be.closeTo(root.querySelector('table')!.getBoundingClientRect().right, 2);
    el.rejectAll();
  });

  it('dir="rtl" on an ancestor mirrors even with English texts; so does the form and the policy', async () => {
    await setViewport({ width: 1000, height: 700 });
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl">
      <cookie-consent storage-key=${key()}></cookie-consent>
      <rights-request-form endpoint="/x"></rights-request-form>
      <privacy-policy .text=${'1. One\n\n- a\n- b\n\n2. Two\n\ntext'}></privacy-policy>
    </div>`);
    const [el, form, policy] = [...wrap.children] as [CookieConsent, RightsRequestForm, PrivacyPolicy];
    await Promise.all([el.updateComplete, form.updateComplete, policy.updateComplete]);
    expect(el.shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('dir')).to.equal('rtl');
    expect(form.shadowRoot!.querySelector('form')!.getAttribute('dir')).to.equal('rtl');
    const label = form.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    expect(form.getBoundingClientRect().right - label.right).to.be.lessThan(30);
    const li = policy.shadowRoot!.querySelector('li')!.getBoundingClientRect();
    const article = policy.shadowRoot!.querySelector('article')!.getBoundingClientRect();
    expect(article.right - li.right).to.be.greaterThan(10);
    expect(article.right - li.right).to.be.lessThan(80);
    el.rejectAll();
  });
});

describe('focus and announcement after a decision', () => {
  afterEach(() => localStorage.clear());

  it('focus goes back to the page element the visitor left, and the outcome is announced', async () => {
    const page = await hostPage(html`<cookie-consent storage-key=${key()}></cookie-consent>` as unknown as Element, 'start');
    const el = page.querySelector<CookieConsent>('cookie-consent')!;
    await el.updateComplete;
    const link = page.querySelector<HTMLAnchorElement>('nav a')!;
    link.focus();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject-button"]')!.focus();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject-button"]')!.click();
    await el.updateComplete;
    await waitUntil(() => document.activeElement === link, 'focus back on the link');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(en.consent.savedRejected);
  });

  it('show() from a page control takes focus into the banner, and a decision brings it back', async () => {
    const page = await hostPage(html`<cookie-consent storage-key=${key()}></cookie-consent>` as unknown as Element, 'start');
    const el = page.querySelector<CookieConsent>('cookie-consent')!;
    await el.updateComplete;
    el.rejectAll();
    await el.updateComplete;
    const button = document.createElement('button');
    button.textContent = 'Show the banner again';
    page.querySelector('main')!.append(button);
    button.focus();
    el.show();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part~="banner"]'), 'focus in the banner');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('reject-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement === button, 'focus back on the button');
  });

  it('without one, focus goes to the main content', async () => {
    const page = await hostPage(html`<cookie-consent storage-key=${key()}></cookie-consent>` as unknown as Element, 'start', 'de');
    const el = page.querySelector<CookieConsent>('cookie-consent')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.focus();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await el.updateComplete;
    await waitUntil(() => document.activeElement === page.querySelector('main'), 'focus on main');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(de.consent.savedAccepted);
  });
});
