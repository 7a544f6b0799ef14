/**
 * The href a link may have, or null. Only `http:`, `https:` and `mailto:` URLs and
 * relative URLs pass. Browsers ignore tabs, newlines and other control characters in
 * a URL (`java\tscript:`), so they are removed before the scheme is read.
 */
export function safeHref(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (!clean || clean.length > 2048) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean);
  if (scheme) return /^(https?|mailto)$/i.test(scheme[1]) ? clean : null;
  // Relative: a path, query or fragment, with no colon before the first / ? or #.
  return /^[^:/?#]*(?:[/?#]|$)/.test(clean) && !clean.startsWith('\\') ? clean : null;
}
