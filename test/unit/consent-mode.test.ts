import { expect } from '@open-wc/testing';
import { consentModeDefault, consentModeState, consentModeUpdate, consentUpdateEvent, CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP } from '../../src/integrations/consent-mode.js';
import { quickConsentOptions, resolveConsentOptions } from '../../src/core/consent/config.js';

const isArguments = (x: unknown) => Object.prototype.toString.call(x) === '[object Arguments]';

describe('Google Consent Mode v2', () => {
  it('has the seven types, all denied but security_storage when nothing is granted', () => {
    const state = consentModeState(['essential', 'analytics'], (id) => id === 'essential');
    expect(Object.keys(state).sort()).to.deep.equal([...CONSENT_MODE_TYPES].sort());
    expect(CONSENT_MODE_TYPES).to.have.length(7);
    for (const [type, value] of Object.entries(state)) expect(value, type).to.equal(type === 'security_storage' ? 'granted' : 'denied');
  });

  it('maps analytics and marketing categories to their types', () => {
    const state = consentModeState(['analytics', 'marketing'], () => true);
    expect(state.analytics_storage).to.equal('granted');
    expect(state.ad_storage).to.equal('granted');
    expect(state.ad_user_data).to.equal('granted');
    expect(state.functionality_storage).to.equal('denied');
  });

  it('queues arguments objects in dataLayer when there is no gtag', () => {
    const win: { dataLayer?: unknown[] } = {};
    const state = consentModeState(['analytics'], () => false);
    consentModeDefault(state, win);
    consentModeUpdate({ ...state, analytics_storage: 'granted' }, win);
    expect(win.dataLayer).to.have.length(2);
    const [first, second] = win.dataLayer as IArguments[];
    expect(isArguments(first)).to.equal(true);
    expect([...first].slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(first[2]).to.include({ analytics_storage: 'denied', wait_for_update: 500 });
    expect([...second].slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(second[2]).to.include({ analytics_storage: 'granted' });
  });

  it('calls gtag when the page has it', () => {
    const calls: unknown[][] = [];
    const win = { gtag: (...args: unknown[]) => calls.push(args), dataLayer: [] as unknown[] };
    consentModeUpdate(
      consentModeState([], () => false),
      win,
    );
    expect(calls[0].slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(win.dataLayer).to.have.length(0);
  });
});

describe('consentModeMap', () => {
  it('is SPEC’s default: essential → security_storage, analytics, functional, marketing', () => {
    expect(DEFAULT_CONSENT_MODE_MAP).to.deep.equal({
      essential: ['security_storage'],
      analytics: ['analytics_storage'],
      functional: ['functionality_storage', 'personalization_storage'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    });
  });

  it('grants a type only when a granted category maps to it', () => {
    const map = { ...DEFAULT_CONSENT_MODE_MAP, essential: [], analytics: ['analytics_storage', 'ad_storage'] };
    const state = consentModeState(['essential', 'analytics', 'marketing'], (id) => id !== 'marketing', map);
    expect(state.security_storage, 'essential maps to nothing here').to.equal('denied');
    expect(state.analytics_storage).to.equal('granted');
    expect(state.ad_storage).to.equal('granted');
    expect(state.ad_user_data).to.equal('denied');
  });

  it('is read from the configuration over the default, and a bad entry is reported and dropped', () => {
    const errors: string[] = [];
    const o = resolveConsentOptions([{ consentModeMap: { marketing: ['ad_storage'], analytics: 'analytics_storage', video: ['ad_personalization'] } }], errors);
    expect(o.consentModeMap.marketing).to.deep.equal(['ad_storage']);
    expect(o.consentModeMap.analytics).to.deep.equal(['analytics_storage'], 'the default stays for a bad entry');
    expect(o.consentModeMap.video).to.deep.equal(['ad_personalization']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/consentModeMap\.analytics/);
    expect(quickConsentOptions([{ consentModeMap: { analytics: 'x' } }])).to.equal(null);
    expect(quickConsentOptions([{ consentModeMap: { marketing: ['ad_storage'] } }])?.consentModeMap.marketing).to.deep.equal(['ad_storage']);
  });

  it('pushes one consent_update object for tag managers', () => {
    const win: { dataLayer?: unknown[] } = {};
    consentUpdateEvent({ id: 'abc', method: 'reject-all', categories: { essential: true, analytics: false } }, win);
    expect(win.dataLayer).to.deep.equal([{ event: 'consent_update', consent: { essential: true, analytics: false }, consentMethod: 'reject-all', consentId: 'abc' }]);
  });
});
