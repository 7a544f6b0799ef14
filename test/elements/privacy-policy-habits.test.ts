import { expect, fixture, html } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicy } from '../../src/privacy-policy.js';

// What a visitor sees of a policy written in other habits: numbers with their words, letters
// and numerals kept in lists, no marker as text.
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const POLICY = `DATENSCHUTZERKLÄRUNG
Stand: 1. März 2026

§ 1 Verantwortlicher
Bäckerei Lind GmbH, Günterstalstraße 14, 79100 Freiburg.

§ 2 Zwecke
Wir verarbeiten Ihre Daten:
(a) zur Abwicklung von Bestellungen;
(b) zur Beantwortung von Anfragen;
(c) für die Buchhaltung.

§ 3 Ihre Rechte
Sie haben das Recht auf:
(i) Auskunft;
(ii) Berichtigung;
(iii) Löschung.
`;

describe('<privacy-policy> with a policy in other habits', () => {
  it('shows section words with their numbers, lettered and Roman lists as such, and the date', async () => {
    const el = await fixture<PrivacyPolicy>(html`<privacy-policy lang="de" .text=${POLICY}></privacy-policy>`);
    await el.updateComplete;
    const root = shadow(el);
    const headings = [...root.querySelectorAll('[part~="heading"]')].map(text);
    expect(headings).to.include.members(['§ 1 Verantwortlicher', '§ 2 Zwecke']);
    const lists = [...root.querySelectorAll('[part~="section"] ol')];
    expect(lists.map((ol) => ol.getAttribute('type'))).to.deep.equal(['a', 'i']);
    expect(lists.map((ol) => ol.querySelectorAll(':scope > li').length)).to.deep.equal([3, 3]);
    expect(text(lists[0].querySelector('li'))).to.equal('zur Abwicklung von Bestellungen;');
    expect(root.querySelector('time')?.getAttribute('datetime')).to.equal('2026-03-01');
    // No marker reaches the reader as text.
    expect(text(root.querySelector('[part~="document"]'))).not.to.match(/\((?:a|b|i|ii)\)/);
    await expect(el).to.be.accessible();
  });
});
