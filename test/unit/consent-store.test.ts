import { expect } from '@open-wc/testing';
import { createConsentStore, ConsentError, type WatchStorage } from '../../src/core/consent/consent-store.js';
import { createFallbackStorage, memoryBackend } from '../../src/core/consent/storage.js';
import type { ConsentChange } from '../../src/core/consent/consent-types.js';
import type { CookieJar } from '../../src/core/consent/cookies.js';
import { clearCookies, clock, config, cookieNames, DAY, MARKETING, ESSENTIAL, ANALYTICS } from '../support/fixtures.js';

function setup(overrides: Parameters<typeof config>[0] = {}) {
  const values = new Map<string, string>();
  const storage = createFallbackStorage([memoryBackend(values)]);
  const time = clock();
  let ids = 0;
  let external: (() => void) | undefined;
  const watch: WatchStorage = (_key, onChange) => {
    external = onChange;
    return () => (external = undefined);
  };
  const make = () => createConsentStore({ config: config(overrides), storage, now: time.now, uuid: () => `id-${++ids}`, watch, cookieJar: { names: () => [], remove: () => {} } });
  const store = make();
  const changes: ConsentChange[] = [];
  store.subscribe((c) => changes.push(c));
  return { store, values, time, changes, make, fireExternal: () => external?.() };
}

describe('consent store', () => {
  it('starts undecided', () => {
    const { store } = setup();
    expect(store.record).to.equal(null);
    expect(store.hasConsent('essential')).to.equal(true);
    expect(store.hasConsent('analytics')).to.equal(false);
  });

  it('accept all grants every category and stores the record', () => {
    const { store, values, changes } = setup();
    store.acceptAll('visitor');
    expect(store.record?.method).to.equal('accept-all');
    expect(store.record?.categories).to.deep.equal({ essential: true, analytics: true });
    expect(JSON.parse(values.get('test-consent')!)).to.deep.equal(store.record);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ source: 'visitor' });
    expect(changes[0].changed).to.deep.equal(['analytics']);
  });

  it('a first reject all changes nothing', () => {
    const { store, changes } = setup();
    store.rejectAll();
    expect(store.record?.method).to.equal('reject-all');
    expect(changes[0].changed).to.deep.equal([]);
  });

  it('custom decisions keep the categories they do not name', () => {
    const { store } = setup({ categories: [ESSENTIAL, ANALYTICS, MARKETING] });
    store.setConsent({ marketing: true });
    expect(store.record?.categories).to.deep.equal({ essential: true, analytics: false, marketing: true });
    store.setConsent({ analytics: true });
    expect(store.record?.method).to.equal('custom');
    expect(store.record?.categories).to.deep.equal({ essential: true, analytics: true, marketing: true });
  });

  it('refuses unknown categories without storing anything', () => {
    const { store, changes } = setup();
    expect(() => store.setConsent({ analytic: true })).to.throw(ConsentError, /unknown category "analytic"/);
    expect(store.record).to.equal(null);
    expect(changes).to.have.length(0);
  });

  it('a new id for each decision, expires = timestamp + expires-days', () => {
    const { store } = setup({ expiresDays: 30 });
    store.acceptAll();
    const first = store.record!;
    store.acceptAll();
    expect(store.record!.id).not.to.equal(first.id);
    expect(Date.parse(first.expires) - Date.parse(first.timestamp)).to.equal(30 * DAY);
  });

  it('a record past expires-days is void on the next load', () => {
    const { store, time, make } = setup({ expiresDays: 30 });
    store.acceptAll();
    time.advance(29 * DAY);
    expect(make().record?.method).to.equal('accept-all');
    time.advance(2 * DAY);
    expect(make().record).to.equal(null);
  });

  it('a record of another revision is void', () => {
    const { store, values } = setup();
    store.acceptAll();
    const next = createConsentStore({ config: config({ revision: '2' }), storage: createFallbackStorage([memoryBackend(values)]) });
    expect(next.record).to.equal(null);
  });

  it('GPC stores a gpc record denying optional categories, once', () => {
    const { store, changes } = setup();
    const change = store.applyGpc();
    expect(change?.record?.method).to.equal('gpc');
    expect(change?.source).to.equal('gpc');
    expect(store.hasConsent('analytics')).to.equal(false);
    expect(store.applyGpc()).to.equal(null);
    store.acceptAll();
    expect(store.record?.method).to.equal('accept-all');
    expect(changes.map((c) => c.record?.method)).to.deep.equal(['gpc', 'accept-all']);
  });

  it('GPC does not override an explicit decision', () => {
    const { store } = setup();
    store.acceptAll();
    expect(store.applyGpc()).to.equal(null);
    expect(store.hasConsent('analytics')).to.equal(true);
  });

  it('follows a decision written by another document', () => {
    const { store, values, make, fireExternal, changes } = setup();
    store.connect();
    const otherTab = make();
    otherTab.acceptAll();
    expect(values.has('test-consent')).to.equal(true);
    fireExternal();
    expect(store.hasConsent('analytics')).to.equal(true);
    expect(changes.at(-1)).to.include({ source: 'external' });
    expect(changes.at(-1)!.changed).to.deep.equal(['analytics']);
    fireExternal();
    expect(changes).to.have.length(1);
  });

  it('reset forgets the decision', () => {
    const { store, values } = setup();
    store.acceptAll();
    store.reset();
    expect(store.record).to.equal(null);
    expect(values.has('test-consent')).to.equal(false);
  });

  describe('withdrawal', () => {
    afterEach(clearCookies);

    it("deletes a denied category's cookies (names and patterns) from the page", () => {
      document.cookie = '_ga=1; path=/';
      document.cookie = '_ga_ABC=1; path=/';
      document.cookie = 'keep=1; path=/';
      const store = createConsentStore({ config: config(), storage: createFallbackStorage([memoryBackend()]) });
      store.acceptAll();
      expect(cookieNames()).to.include.members(['_ga', '_ga_ABC', 'keep']);
      store.setConsent({ analytics: false });
      expect(cookieNames()).to.deep.equal(['keep']);
    });

    it('leaves granted categories alone', () => {
      const removed: string[] = [];
      const jar: CookieJar = { names: () => ['_ga'], remove: (n) => removed.push(n) };
      const store = createConsentStore({ config: config(), storage: createFallbackStorage([memoryBackend()]), cookieJar: jar });
      store.acceptAll();
      expect(removed).to.deep.equal([]);
      store.rejectAll();
      expect(removed.length).to.be.greaterThan(0);
    });
  });
});
