import { expect } from '@open-wc/testing';
import { isLinkUrl, resolveConsentOptions } from '../../src/core/consent/config.js';

describe('isLinkUrl (site-configured links such as policy-url)', () => {
  const allowed = [
    'https://example.org/privacy',
    'http://example.org/privacy',
    'HTTPS://example.org/privacy',
    '/privacy',
    'privacy.html',
    '../legal/privacy#cookies',
    '?page=privacy',
    '#privacy',
    '//cdn.example/privacy',
    '/legal/a:b',
    '/search?q=a&b=c',
    ' /privacy\n',
    'ht\ttps://example.org/',
  ];
  const refused = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'mailto:privacy@example.org',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'blob:https://example.org/uuid',
    'http://[bad',
  ];
  for (const url of allowed) it(`links ${JSON.stringify(url)}`, () => expect(isLinkUrl(url)).to.equal(true));
  for (const url of refused) it(`refuses ${JSON.stringify(url)}`, () => expect(isLinkUrl(url)).to.equal(false));

  it('passes nothing that the browser would follow to another scheme', () => {
    const a = document.createElement('a');
    for (const url of [...allowed, ...refused, 'javascript\u0000:alert(1)', '\u200bjavascript:alert(1)', 'jav&#x09;ascript:alert(1)']) {
      if (!isLinkUrl(url)) continue;
      a.setAttribute('href', url);
      expect(a.protocol, JSON.stringify(url)).to.match(/^https?:$/);
    }
  });
});

describe('policy-url in the consent configuration', () => {
  it('keeps an http(s) or relative policyUrl', () => {
    const errors: string[] = [];
    expect(resolveConsentOptions([{ policyUrl: '/privacy' }], errors).policyUrl).to.equal('/privacy');
    expect(resolveConsentOptions([{}, { policyUrl: 'https://example.org/p' }], errors).policyUrl).to.equal('https://example.org/p');
    expect(errors).to.deep.equal([]);
  });

  it('drops any other scheme with one error naming "policy-url"', () => {
    for (const policyUrl of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '&#106;avascript:alert(1)']) {
      const errors: string[] = [];
      expect(resolveConsentOptions([{ policyUrl }], errors).policyUrl, policyUrl).to.equal(undefined);
      expect(errors, policyUrl).to.deep.equal([`"policy-url" is invalid: ${JSON.stringify(policyUrl)}`]);
    }
  });

  it('an unsafe attribute does not fall through to the config block', () => {
    const errors: string[] = [];
    expect(resolveConsentOptions([{ policyUrl: 'javascript:alert(1)' }, { policyUrl: '/privacy' }], errors).policyUrl).to.equal(undefined);
    expect(errors).to.have.length(1);
  });

  it('treats an empty policyUrl as no link, without an error', () => {
    const errors: string[] = [];
    expect(resolveConsentOptions([{ policyUrl: '' }], errors).policyUrl).to.not.be.ok;
    expect(errors).to.deep.equal([]);
  });
});
