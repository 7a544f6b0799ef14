import { expect } from '@open-wc/testing';
import * as en from '../../src/locales/en.js';
import * as de from '../../src/locales/de.js';
import * as fr from '../../src/locales/fr.js';
import * as es from '../../src/locales/es.js';
import * as it_ from '../../src/locales/it.js';
import * as nl from '../../src/locales/nl.js';
import * as pt from '../../src/locales/pt.js';
import * as pl from '../../src/locales/pl.js';
import { BUILT_IN } from '../../src/locales/index.js';
import { leaves } from '../support/messages.js';

const LANGS: Record<string, typeof en> = { de, fr, es, it: it_, nl, pt, pl };
const PARTS = ['consent', 'policy', 'rights'] as const;

/**
 * Values that are the same in English by nature: proper names of US states, the loanword
 * "Cookie" as a column header, "OK", and words a language has borrowed.
 */
const SAME_BY_NATURE = [/^rights\.states\./, /^consent\.cookieName$/, /^consent\.dismiss$/];
const BORROWED: Record<string, string[]> = {
  de: ['consent.categories.marketing.label', 'rights.optional'],
  nl: ['consent.categories.marketing.label'],
  it: ['consent.categories.marketing.label'],
};

describe('built-in languages', () => {
  it('are the eight SPEC names', () => {
    expect([...BUILT_IN].sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    expect(Object.keys(LANGS).length + 1).to.equal(BUILT_IN.length);
  });

  for (const [lang, texts] of Object.entries(LANGS)) {
    describe(lang, () => {
      for (const part of PARTS) {
        it(`has every ${part} key of English and no other, each a non-blank string with the same placeholders`, () => {
          const ours = leaves(texts[part]);
          const english = leaves(en[part]);
          // Plural forms may differ by language; everything else must match key for key.
          const PLURALS = /^(fixErrors|retrying|busyRetrying)\./;
          const strip = (keys: Iterable<string>) => [...keys].filter((k) => !PLURALS.test(k)).sort();
          expect(strip(ours.keys())).to.deep.equal(strip(english.keys()));
          for (const [path, value] of ours) {
            expect(value, `${lang}.${part}.${path}`).to.be.a('string');
            expect((value as string).trim(), `${lang}.${part}.${path}`).not.to.equal('');
            const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
            const englishValue = english.get(path) ?? english.get(`${path.split('.')[0]}.other`);
            expect(placeholders(value as string), `${lang}.${part}.${path}`).to.deep.equal(placeholders(englishValue as string));
          }
        });

        it(`translates every ${part} text, except those identical by nature`, () => {
          const english = leaves(en[part]);
          const same = [...leaves(texts[part])]
            .filter(([path, value]) => english.get(path) === value)
            .map(([path]) => `${part}.${path}`)
            .filter((path) => !SAME_BY_NATURE.some((re) => re.test(path)) && !(BORROWED[lang] ?? []).includes(path));
          expect(same).to.deep.equal([]);
        });
      }

      it('gives the plural forms the language uses', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const c of categories) for (const key of ['fixErrors', 'retrying', 'busyRetrying'] as const) expect(texts.rights[key], `${key}.${c}`).to.have.property(c);
      });

      it('keeps the banner buttons short enough for a button', () => {
        for (const key of ['acceptAll', 'rejectAll', 'customize', 'saveChoices'] as const) expect(texts.consent[key].length, key).to.be.at.most(24);
      });
    });
  }

  it('keys are unique across the three elements, so one messages object can serve all', () => {
    const top = PARTS.map((p) => Object.keys(en[p]));
    const all = top.flat();
    expect(new Set(all).size).to.equal(all.length);
  });
});
