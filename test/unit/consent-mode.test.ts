import { expect } from '@open-wc/testing';
import { consentModeDefault, consentModeState, consentModeUpdate, CONSENT_MODE_TYPES } from '../../src/integrations/consent-mode.js';

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
    consentModeUpdate(consentModeState([], () => false), win);
    expect(calls[0].slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(win.dataLayer).to.have.length(0);
  });
});
