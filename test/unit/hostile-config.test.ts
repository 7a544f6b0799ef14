// Hostile configuration: wrong types in every key, reserved category names, huge category
// lists, patterns that backtrack catastrophically. The resolver never throws, names each
// problem, pollutes no prototype, and the loader's quick view refuses what the full one reports.
import { expect } from '@open-wc/testing';
import { isSafePattern, MAX_CATEGORIES, parseConfigBlock, quickConsentOptions, resolveConsentOptions } from '../../src/core/consent/config.js';
import { matchesCookie } from '../../src/core/consent/cookies.js';

const KEYS = ['storageKey', 'revision', 'expiresDays', 'policyUrl', 'consentEndpoint', 'gpc', 'consentMode', 'lang', 'layout', 'categories', 'messages', 'consentModeMap'];
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const WRONG: unknown[] = [
  cyclic,
  10n,
  Object.create(null),
  {},
  [],
  [[]],
  { length: 3 },
  () => 1,
  Symbol('s'),
  -1,
  0,
  NaN,
  Infinity,
  1e308,
  true,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '<script>',
  'javascript:alert(1)',
];

describe('hostile configuration', () => {
  afterEach(() => expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').to.equal(undefined));

  it('a wrong type in any key: never throws, a valid result, the problem named', () => {
    for (const key of KEYS) {
      for (const value of WRONG) {
        const errors: string[] = [];
        const o = resolveConsentOptions([{ [key]: value } as never], errors);
        expect(o.categories[0]).to.include({ id: 'essential', required: true });
        expect(['bar', 'box', 'center']).to.include(o.layout);
        expect(o.expiresDays).to.be.greaterThan(0);
        expect(typeof o.storageKey).to.equal('string');
        for (const e of errors) expect(e.length, e).to.be.below(400);
        quickConsentOptions([{ [key]: value } as never]);
      }
    }
  });

  it('a config block with __proto__ and constructor: no pollution, each named as reserved', () => {
    const errors: string[] = [];
    const block = parseConfigBlock(
      '{"__proto__": {"polluted": true}, "categories": [{"id": "__proto__", "required": true}, {"id": "constructor"}, {"id": "toString"}, {"id": "hasOwnProperty"}, {"id": "analytics"}],' +
        ' "consentModeMap": {"__proto__": ["ad_storage"], "constructor": ["ad_storage"]}, "messages": {"__proto__": {"polluted": true}}}',
      errors,
    );
    const o = resolveConsentOptions([block], errors);
    expect(o.categories.map((c) => c.id)).to.deep.equal(['essential', 'analytics']);
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(errors.join('\n')).to.contain(`"${id}" is a reserved name`);
    expect(errors.join('\n')).to.contain('consentModeMap.__proto__').and.contain('consentModeMap.constructor');
    expect(Object.getPrototypeOf(o.consentModeMap)).to.equal(Object.prototype);
    expect(quickConsentOptions([block]), 'the loader leaves a reported problem to the full runtime').to.equal(null);
  });

  it(`a huge category list: the first ${MAX_CATEGORIES} used, one error`, () => {
    const errors: string[] = [];
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, cookies: [{ name: `n${i}` }] }));
    const o = resolveConsentOptions([{ categories: many }], errors);
    expect(o.categories.length).to.be.at.most(MAX_CATEGORIES + 1);
    expect(errors.filter((e) => /only the first/.test(e))).to.have.length(1);
    expect(quickConsentOptions([{ categories: many }])).to.equal(null);
  });

  it('refuses cookie patterns that backtrack catastrophically, keeps the ones sites write', () => {
    const errors: string[] = [];
    const risky = ['(a+)+$', '(a|aa)*$', '(.*a){20}', '(.*a){10}', '(a*){2,}', '((a+))+', '(x+x+)+y', '(\\w+\\s?)*$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(a)\\1'];
    const fine = ['^_ga_', '^(_ga|_gid)$', '^_hj.*', '^_ga_[A-Z0-9]+$', '^wp-settings-\\d+$', '^_pk_(id|ses)\\..*', '^(ab){3}$', '^(?:_gat|_gid)_.*'];
    const o = resolveConsentOptions([{ categories: [{ id: 'analytics', cookies: [...risky, ...fine].map((pattern) => ({ pattern })) }] }], errors);
    expect(o.categories[1].cookies.map((c) => c.pattern)).to.deep.equal(fine);
    expect(errors.filter((e) => /exponential time/.test(e))).to.have.length(risky.length);
    for (const p of fine) expect(isSafePattern(p), p).to.equal(true);
    // What is kept runs fast on the longest cookie name a browser takes (the test's timeout is the bound).
    const longName = `${'a'.repeat(4000)}!`;
    expect(matchesCookie(longName, o.categories[1].cookies)).to.equal(false);
  });
});
