import { expect } from '@open-wc/testing';
import { normalizeCategories, parseConfigBlock, resolveConsentOptions, isHttpUrl } from '../../src/core/consent/config.js';

describe('consent configuration', () => {
  it('parses the config block', () => {
    const errors: string[] = [];
    expect(parseConfigBlock('{"policyUrl":"/privacy","revision":"3"}', errors)).to.deep.equal({ policyUrl: '/privacy', revision: '3' });
    expect(errors).to.deep.equal([]);
  });

  it('reports a malformed block and gives no options', () => {
    const errors: string[] = [];
    expect(parseConfigBlock('{"policyUrl": "/privacy",}', errors)).to.deep.equal({});
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/config block is not valid JSON/);
    expect(parseConfigBlock('[1,2]', errors)).to.deep.equal({});
    expect(errors[1]).to.match(/one JSON object/);
  });

  it('has the SPEC defaults', () => {
    const o = resolveConsentOptions([]);
    expect(o).to.deep.include({ storageKey: 'cookie-consent', revision: '1', expiresDays: 180, gpc: 'respect', consentMode: false });
    expect(o.categories.map((c) => c.id)).to.deep.equal(['essential', 'analytics']);
    expect(o.categories[0]).to.include({ required: true });
    expect(o.categories[1]).to.include({ required: false });
    expect(o.layout).to.equal('bar');
  });

  it('takes each key from the first layer that sets it', () => {
    const o = resolveConsentOptions([{ revision: '5' }, { revision: '2', policyUrl: '/p', expiresDays: 30 }]);
    expect(o).to.deep.include({ revision: '5', policyUrl: '/p', expiresDays: 30 });
  });

  it('falls back to the default with an error naming the attribute for bad values', () => {
    const errors: string[] = [];
    const o = resolveConsentOptions([{ expiresDays: -3, gpc: 'maybe' as 'respect', consentEndpoint: 'javascript:alert(1)', layout: 'popup' }], errors);
    expect(o).to.deep.include({ expiresDays: 180, gpc: 'respect', consentEndpoint: undefined });
    expect(errors.join('\n'))
      .to.match(/"expires-days"/)
      .and.match(/"gpc"/)
      .and.match(/"consent-endpoint"/)
      .and.match(/"layout"/);
  });

  it('keeps essential first and required, whatever the site wrote', () => {
    const cats = normalizeCategories([{ id: 'marketing', label: 'Ads' }, { id: 'essential', required: false, cookies: [{ name: 'sid' }] }, { id: 'analytics' }]);
    expect(cats.map((c) => [c.id, c.required])).to.deep.equal([
      ['essential', true],
      ['marketing', false],
      ['analytics', false],
    ]);
    expect(cats[0].cookies).to.deep.equal([{ name: 'sid' }]);
  });

  it('skips bad categories and cookies with an error each', () => {
    const errors: string[] = [];
    const cats = normalizeCategories([{ label: 'no id' }, { id: 'analytics', cookies: [{ pattern: '(' }, { provider: 'x' }, { name: '_ga' }] }, { id: 'analytics' }], errors);
    expect(cats.map((c) => c.id)).to.deep.equal(['essential', 'analytics']);
    expect(cats[1].cookies).to.deep.equal([{ name: '_ga' }]);
    expect(errors).to.have.length(4);
  });

  it('checks endpoint URLs', () => {
    expect(isHttpUrl('https://example.org/x')).to.equal(true);
    expect(isHttpUrl('/api/consents')).to.equal(true);
    expect(isHttpUrl('javascript:alert(1)')).to.equal(false);
    expect(isHttpUrl('data:text/plain,x')).to.equal(false);
  });
});
