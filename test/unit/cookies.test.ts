import { expect } from '@open-wc/testing';
import { cookieDomains, cookiePaths, deleteCookies, matchesCookie, type CookieJar } from '../../src/core/consent/cookies.js';
import { clearCookies, cookieNames } from '../support/fixtures.js';

describe('cookie deletion', () => {
  afterEach(clearCookies);

  it('lists the host and each parent domain', () => {
    expect(cookieDomains('www.shop.example.com')).to.deep.equal(['www.shop.example.com', 'shop.example.com', 'example.com']);
    expect(cookieDomains('example.com')).to.deep.equal(['example.com']);
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
    expect(cookieDomains('::1')).to.deep.equal([]);
  });

  it('lists every path above the page', () => {
    expect(cookiePaths('/')).to.deep.equal(['/']);
    expect(cookiePaths('/blog/2026/post')).to.deep.equal(['/', '/blog', '/blog/2026', '/blog/2026/post']);
  });

  it('matches names exactly and patterns as regular expressions', () => {
    const cookies = [{ name: '_ga' }, { pattern: '^_ga_' }];
    expect(matchesCookie('_ga', cookies)).to.equal(true);
    expect(matchesCookie('_ga_ABC123', cookies)).to.equal(true);
    expect(matchesCookie('_gax', cookies)).to.equal(false);
    expect(matchesCookie('session', cookies)).to.equal(false);
  });

  it('deletes real cookies by name and pattern and leaves the others', () => {
    document.cookie = '_ga=GA1.1; path=/';
    document.cookie = '_ga_XYZ=GS1.1; path=/';
    document.cookie = 'session=abc; path=/';
    const found = deleteCookies([{ name: '_ga' }, { pattern: '^_ga_' }]);
    expect(found.sort()).to.deep.equal(['_ga', '_ga_XYZ']);
    expect(cookieNames()).to.deep.equal(['session']);
  });

  it('tries the host-only cookie and every parent domain and path', () => {
    const removed: string[] = [];
    const jar: CookieJar = { names: () => ['_ga'], remove: (name, a) => removed.push(`${name}@${a.domain ?? 'host'}${a.path}`) };
    deleteCookies([{ name: '_ga' }], jar, { hostname: 'www.example.com', pathname: '/shop' });
    expect(removed).to.deep.equal(['_ga@host/', '_ga@host/shop', '_ga@www.example.com/', '_ga@www.example.com/shop', '_ga@example.com/', '_ga@example.com/shop']);
  });
});
