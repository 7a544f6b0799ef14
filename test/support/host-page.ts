import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';

/**
 * Where an element is checked: alone (axe on the element), or on a realistic host page
 * (axe on the whole document, so page-level rules such as `region` and the landmark
 * rules run too).
 */
export const SETTINGS = ['bare', 'host page'] as const;
export type Setting = (typeof SETTINGS)[number];

const original = { title: document.title, lang: document.documentElement.getAttribute('lang') };

// The test runner's page has no title and no language; a host page has both. Put back after each test.
afterEach(() => {
  document.title = original.title;
  if (original.lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', original.lang);
});

/**
 * Builds a realistic site around `element`: a `<header>` with the site name and a `<nav>`
 * of links, a `<main>` with an `<h1>` and some paragraphs, a `<footer>` with a "Cookie
 * settings" `data-consent-open` link. `where: 'start'` puts the element first on the page,
 * outside every landmark (where the drop-in puts the banner); `'main'` puts it in
 * `<main>`, after the introduction. Removed after the test like any fixture.
 */
export async function hostPage(element: Element, where: 'start' | 'main' = 'main', lang = 'en'): Promise<HTMLElement> {
  document.title = 'Bakery Lind — Privacy';
  document.documentElement.lang = lang;
  return fixture<HTMLElement>(html`<div class="site">
    ${where === 'start' ? element : nothing}
    <header>
      <a href="/">Bakery Lind</a>
      <nav>
        <ul>
          <li><a href="/bread">Bread</a></li>
          <li><a href="/cakes">Cakes</a></li>
          <li><a href="/contact">Contact</a></li>
        </ul>
      </nav>
    </header>
    <main>
      <h1>Privacy at Bakery Lind</h1>
      <p>We bake bread and cakes in Lindenau and sell them in our shop and online.</p>
      <p>This page explains which personal data we keep and how you can use your rights.</p>
      ${where === 'main' ? element : nothing}
    </main>
    <footer>
      <p>© Bakery Lind</p>
      <a href="#cookie-settings" data-consent-open>Cookie settings</a>
    </footer>
  </div>`);
}

/** Puts `element` on the page for `setting`: alone in a fixture, or on a host page. */
export async function mount<T extends Element>(element: T, setting: Setting, where: 'start' | 'main' = 'main'): Promise<T> {
  if (setting === 'bare') await fixture<HTMLElement>(html`<div>${element}</div>`);
  else await hostPage(element, where);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** axe on the element alone, or on the whole document for a host page. No rule is turned off. */
export async function expectAccessible(element: Element, setting: Setting): Promise<void> {
  await expect(setting === 'bare' ? element : document.documentElement).to.be.accessible();
}
