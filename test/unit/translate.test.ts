import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { format, localText, mergeMessages, messagesByLanguage, overridesFor, plural } from '../../src/core/i18n/translate.js';
import { resolveLocale } from '../../src/core/i18n/resolve-locale.js';
import { consent, rights } from '../../src/locales/en.js';
import { BUILT_IN, pickLanguage } from '../../src/locales/index.js';

const strings = (value: unknown): unknown[] => (value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [value]);

describe('format and plural', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(format('Status {status}, {other}', { status: 503 })).to.equal('Status 503, {other}');
  });

  it('picks the plural form of the language', () => {
    const forms = { one: '{count} pole', few: '{count} pola', many: '{count} pól', other: '{count} pola' };
    expect([1, 2, 5, 22, 25].map((n) => plural(forms, n, 'pl'))).to.deep.equal(['1 pole', '2 pola', '5 pól', '22 pola', '25 pól']);
    expect(plural({ other: '{count} x' }, 1, 'not a tag!')).to.equal('1 x');
  });
});

describe('language resolution', () => {
  it('falls back from a regional tag to its language, and to English when none is available', () => {
    expect(pickLanguage(['de-AT'])).to.equal('de');
    expect(pickLanguage(['pt-BR'])).to.equal('pt');
    expect(pickLanguage(['pt_br'])).to.equal('pt');
    expect(pickLanguage(['sv-SE', 'xx'])).to.equal('en');
    expect(pickLanguage([undefined, '', 'sv', 'fr-CA'])).to.equal('fr');
  });

  it('property: any candidates resolve to a built-in or supplied language, never throwing', () => {
    const tag = fc.oneof(fc.string(), fc.constantFrom('de-AT', 'pt-BR', 'PT_br', 'zh-Hant-TW', 'x-klingon', '', ' ', 'en-GB', '*', '__proto__', 'constructor'));
    fc.assert(
      fc.property(fc.array(fc.option(tag, { nil: undefined })), fc.array(fc.constantFrom('sv', 'ar', 'pt-BR', 'fi')), (candidates, supplied) => {
        const lang = pickLanguage(candidates, supplied);
        expect([...BUILT_IN, ...supplied]).to.include(lang);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a language the site supplies, even one that is not built in', () => {
    expect(pickLanguage(['sv-SE', 'de'], ['sv'])).to.equal('sv');
    expect(pickLanguage(['ar'], ['ar'])).to.equal('ar');
    expect(resolveLocale(['pt-BR'], ['pt', 'pt-BR'])).to.equal('pt-BR');
  });
});

describe('messages from a site', () => {
  it('reads messages keyed by language, or one set for any language', () => {
    expect(messagesByLanguage({ de: { acceptAll: 'Ja' }, 'pt-BR': { acceptAll: 'Sim' } })).to.deep.equal({ de: { acceptAll: 'Ja' }, 'pt-br': { acceptAll: 'Sim' } });
    expect(messagesByLanguage({ acceptAll: 'Yes' })).to.deep.equal({ '*': { acceptAll: 'Yes' } });
    expect(messagesByLanguage('nonsense')).to.deep.equal({});
  });

  it('applies set by set (the element property last), each with the plain texts, the language, the regional tag', () => {
    const block = { '*': { a: 1 }, pt: { b: 2 }, 'pt-br': { c: 3 } };
    const property = { pt: { d: 4 } };
    expect(overridesFor('pt-BR', block, property)).to.deep.equal([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }]);
    expect(overridesFor('de', block, property)).to.deep.equal([{ a: 1 }]);
  });

  it('takes only what fits: a hostile override never leaves a non-string, a blank or undefined', () => {
    const merged = mergeMessages(consent, {
      acceptAll: 'Yes please',
      rejectAll: '',
      customize: 42,
      categories: { essential: null, analytics: { label: 'Stats' } },
      unknown: 'x',
      __proto__: { polluted: 1 },
    });
    expect(merged.acceptAll).to.equal('Yes please');
    expect(merged.rejectAll).to.equal(consent.rejectAll);
    expect(merged.customize).to.equal(consent.customize);
    expect(merged.categories.analytics).to.deep.equal({ label: 'Stats', description: consent.categories.analytics.description });
    expect(merged).not.to.have.property('unknown');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keeps a language’s own plural forms (Polish few and many over English one and other)', () => {
    const polish = { fixErrors: { one: 'Popraw {count} pole.', few: 'Popraw {count} pola.', many: 'Popraw {count} pól.', other: 'Popraw {count} pola.' } };
    const merged = mergeMessages(rights, polish);
    expect(merged.fixErrors).to.deep.equal(polish.fixErrors);
    expect(plural(merged.fixErrors, 5, 'pl')).to.equal('Popraw 5 pól.');
    // Forms without `other` cannot stand alone: the base's stay.
    expect(mergeMessages(rights, { fixErrors: { few: 'x' } }).fixErrors).to.deep.equal(rights.fixErrors);
  });

  it('property: any JSON laid over the texts keeps every text a non-blank string', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.anything(), (layers, extra) => {
        for (const base of [consent, rights] as object[]) {
          const merged = mergeMessages(base, ...layers, extra, { fixErrors: layers[0] });
          for (const value of strings(merged)) expect(typeof value === 'string' && value.trim() !== '').to.equal(true);
          expect(Object.keys(merged).sort()).to.deep.equal(Object.keys(base).sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a text given per language: the language, its base, English, else the first', () => {
    const label = { en: 'Analytics', de: 'Statistik', 'pt-BR': 'Estatísticas' };
    expect(localText(label, 'de-AT')).to.equal('Statistik');
    expect(localText(label, 'pt-BR')).to.equal('Estatísticas');
    expect(localText(label, 'pl')).to.equal('Analytics');
    expect(localText({ fr: 'Mesure', de: 'Statistik' }, 'pl')).to.equal('Mesure');
    expect(localText('Stats', 'pl')).to.equal('Stats');
    expect(localText({ de: 7 }, 'de')).to.equal(undefined);
    expect(localText(' ', 'de')).to.equal(undefined);
  });
});
