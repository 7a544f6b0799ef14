import { expect } from '@open-wc/testing';
import { changedCategories, checkRecord, createRecord, isGranted, readRecord } from '../../src/core/consent/record.js';
import { ANALYTICS, config, DAY, ESSENTIAL, MARKETING, NOW } from '../support/fixtures.js';

const cfg = config();
const valid = () => createRecord(cfg, 'accept-all', { analytics: true }, NOW, 'id-1');
const stored = (patch: Record<string, unknown> = {}) => JSON.stringify({ ...valid(), ...patch });

describe('consent record', () => {
  it('has exactly the stored shape SPEC shows', () => {
    const r = valid();
    expect(Object.keys(r)).to.deep.equal(['schema', 'id', 'revision', 'timestamp', 'expires', 'method', 'categories']);
    expect(r).to.deep.equal({
      schema: 1,
      id: 'id-1',
      revision: '1',
      timestamp: '2026-11-23T10:00:00.000Z',
      expires: '2027-05-22T10:00:00.000Z',
      method: 'accept-all',
      categories: { essential: true, analytics: true },
    });
  });

  it('always grants required categories', () => {
    expect(createRecord(cfg, 'reject-all', { essential: false }, NOW, 'x').categories).to.deep.equal({ essential: true, analytics: false });
  });

  it('reads a valid record back', () => {
    expect(readRecord(stored(), cfg, NOW + DAY)).to.deep.equal(valid());
  });

  const voids: Array<[string, string | null, string]> = [
    ['missing', null, 'missing'],
    ['empty', '', 'missing'],
    ['unparsable JSON', '{"schema":', 'unparsable'],
    ['a JSON string', '"hello"', 'unparsable'],
    ['JSON null', 'null', 'unparsable'],
    ['another schema', stored({ schema: 2 }), 'schema'],
    ['another revision', stored({ revision: '2' }), 'revision'],
    ['no id', stored({ id: 5 }), 'malformed'],
    ['an unknown method', stored({ method: 'maybe' }), 'malformed'],
    ['a bad timestamp', stored({ timestamp: 'yesterday' }), 'malformed'],
    ['categories not an object', stored({ categories: 'all' }), 'malformed'],
    ['past its expires', stored({ expires: new Date(NOW + DAY).toISOString() }), 'expired'],
    ['older than expires-days', stored({ timestamp: new Date(NOW - 181 * DAY).toISOString(), expires: new Date(NOW + DAY * 9).toISOString() }), 'too-old'],
    ['lacking a configured category', stored({ categories: { essential: true } }), 'category-missing'],
  ];
  for (const [what, raw, reason] of voids) {
    it(`is void when ${what}`, () => {
      const now = what === 'past its expires' ? NOW + 2 * DAY : NOW;
      expect(checkRecord(raw, cfg, now)).to.equal(reason);
      expect(readRecord(raw, cfg, now)).to.equal(null);
    });
  }

  it('is void when the site adds a category the record lacks', () => {
    expect(checkRecord(stored(), config({ categories: [ESSENTIAL, ANALYTICS, MARKETING] }), NOW)).to.equal('category-missing');
  });

  it('never throws on junk', () => {
    for (const junk of ['{', '[]', '0', 'true', '{"schema":1}', '\u0000\uffff', 'x'.repeat(10000)]) {
      expect(() => checkRecord(junk, cfg, NOW)).not.to.throw();
      expect(readRecord(junk, cfg, NOW)).to.equal(null);
    }
  });

  it('counts every optional category as denied before the first decision', () => {
    const reject = createRecord(cfg, 'reject-all', {}, NOW, 'a');
    const accept = createRecord(cfg, 'accept-all', { analytics: true }, NOW, 'b');
    expect(changedCategories(cfg, null, reject)).to.deep.equal([]);
    expect(changedCategories(cfg, null, accept)).to.deep.equal(['analytics']);
    expect(changedCategories(cfg, accept, reject)).to.deep.equal(['analytics']);
    expect(isGranted(cfg, null, 'essential')).to.equal(true);
    expect(isGranted(cfg, null, 'analytics')).to.equal(false);
  });
});
