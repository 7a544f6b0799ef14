// What the script-tag loader reads with the element's core code: its quick view of the
// configuration and its read of the stored record must agree with the full runtime's.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { quickConsentOptions, resolveConsentOptions, type ConsentOptions } from '../../src/core/consent/config.js';
import { readCookie, readStored } from '../../src/core/consent/storage.js';

/** Values a site (or a hostile page) might put in an option. */
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    ' ',
    'respect',
    'ignore',
    'bar',
    'box',
    'center',
    '/privacy',
    'https://example.org/c',
    'javascript:alert(1)',
    'essential',
    '1',
    '2',
    30,
    0,
    -1,
    1e9,
    Infinity,
    NaN,
    true,
    false,
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);
const category = fc.oneof(
  fc.record(
    { id: fc.constantFrom('essential', 'analytics', 'marketing', 'functional', ' analytics ', '', 'x'), required: fc.oneof(fc.boolean(), anyValue), label: anyValue },
    { requiredKeys: [] },
  ),
  anyValue,
);
const layer = fc.record(
  {
    storageKey: anyValue,
    revision: anyValue,
    expiresDays: anyValue,
    policyUrl: anyValue,
    consentEndpoint: anyValue,
    gpc: anyValue,
    consentMode: anyValue,
    lang: anyValue,
    layout: anyValue,
    categories: fc.oneof(fc.array(category, { maxLength: 5 }), anyValue),
    consentModeMap: fc.oneof(
      anyValue,
      fc.dictionary(
        fc.constantFrom('essential', 'analytics', 'marketing', 'video'),
        fc.oneof(fc.array(fc.constantFrom('ad_storage', 'analytics_storage', 'bad type', ''), { maxLength: 3 }), anyValue),
        { maxKeys: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ConsentOptions>;

describe('the loader’s view of the configuration', () => {
  it('is the full runtime’s whenever it gives one, and gives one whenever the full runtime finds nothing wrong', () => {
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 3 }), (layers) => {
        const errors: string[] = [];
        const full = resolveConsentOptions(layers, errors);
        const quick = quickConsentOptions(layers);
        if (!errors.length) expect(quick, JSON.stringify(layers)).to.not.equal(null);
        if (!quick) return;
        const { storageKey, revision, expiresDays, consentEndpoint, gpc, consentMode, consentModeMap } = full;
        expect(quick).to.deep.include({ storageKey, revision, expiresDays, consentEndpoint, gpc, consentMode, consentModeMap });
        expect(quick.categories).to.deep.equal(full.categories.map(({ id, required }) => ({ id, required })));
      }),
      { numRuns: 2000 },
    );
  });

  it('says nothing is right when the block is not what SPEC describes', () => {
    expect(quickConsentOptions([{ categories: 'analytics' }])).to.equal(null);
    expect(quickConsentOptions([{ categories: [{ id: 'analytics' }, { id: 'analytics' }] }])).to.equal(null);
    expect(quickConsentOptions([{ expiresDays: -1 }])).to.equal(null);
    expect(quickConsentOptions([{ policyUrl: 'javascript:alert(1)' }])?.storageKey).to.equal('cookie-consent');
  });
});

describe('the loader’s read of the stored record', () => {
  afterEach(() => {
    Cookies.remove('loader-key');
    localStorage.removeItem('loader-key');
  });

  it('reads a cookie exactly as js-cookie wrote it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('loader-key', 'a b', 'ключ', 'k=v'), (value, name) => {
        Cookies.set(name, value);
        expect(readCookie(name)).to.equal(Cookies.get(name));
        Cookies.remove(name);
      }),
      { numRuns: 300 },
    );
    expect(readCookie('x', 'a=1; x="quoted%20value"; b')).to.equal('quoted value');
    expect(readCookie('x', '%E0%A4%A=1; x=2')).to.equal('2');
    expect(readCookie('missing', '')).to.equal(undefined);
  });

  it('prefers localStorage, falls back to the cookie, and never throws', () => {
    Cookies.set('loader-key', 'from the cookie');
    expect(readStored('loader-key')).to.equal('from the cookie');
    localStorage.setItem('loader-key', 'from storage');
    expect(readStored('loader-key')).to.equal('from storage');
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(readStored('loader-key')).to.equal('from the cookie');
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });
});
