/** Which URLs a site's configuration may give: used by the banner (policy link, proof endpoint) and the form (endpoint). */

/** True for a URL (absolute, or relative to the page or to `base`) whose scheme is http or https. */
export function isHttpUrl(url: string, base = globalThis.location?.href ?? 'http://localhost/'): boolean {
  try {
    return /^https?:$/.test(new URL(url, base).protocol);
  } catch {
    return false;
  }
}

/**
 * True for a link the site configured (the banner's `policy-url`) that may become an href:
 * an http(s) URL or a relative one, never `javascript:`, `data:` or another scheme. The URL
 * is read by the browser's own parser, so ` JaVaScRiPt:` and `java\tscript:` are
 * `javascript:`; a character reference before the path (`&#106;avascript:`,
 * `javascript&colon;`) is refused too.
 */
export const isLinkUrl = (url: string): boolean => isHttpUrl(url, 'http://h/') && !/^[^/?]*&(#|\w+;)/.test(url);
