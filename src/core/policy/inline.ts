import type { Inline } from './policy-types.js';
import { safeHref } from './safe-href.js';

/**
 * Inline Markdown and plain-text habits: `code`, **strong**, *em*, [text](url),
 * <https://autolinks>, bare URLs, `www.` addresses and e-mail addresses. One pass; a
 * delimiter without its partner stays as text, and so does a link whose URL is not
 * safe, so no word of the input is lost. Linear in the length of the text.
 */
export function parseInline(text: string, depth = 0, links = true): Inline[] {
  const plain = (t: string): Inline[] => (links ? autolink(t) : t ? [{ type: 'text', text: t }] : []);
  // Most paragraphs have no markup at all.
  if (!SPECIAL.test(text)) return plain(text);
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(...plain(buffer));
    buffer = '';
  };
  const next = delimiterIndex(text);
  const special = new RegExp(SPECIAL.source, 'g');

  let i = 0;
  while (i < text.length) {
    // Plain text up to the next character that may start markup, in one slice.
    special.lastIndex = i;
    const found = special.exec(text);
    const at = found ? found.index : text.length;
    if (at > i) {
      buffer += text.slice(i, at);
      i = at;
      if (i >= text.length) break;
    }
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]()<>#|-]/.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`' || c === '*' || c === '_') {
      let run = 1;
      while (text[i + run] === c) run++;
      const delim = c.repeat(run);
      const inner = i + run;
      if (c === '`') {
        const end = next(c, run, inner);
        if (end > inner) {
          flush();
          out.push({ type: 'code', text: text.slice(inner, end).trim() });
          i = end + run;
          continue;
        }
      } else if (run <= 2 && depth < 4 && text[inner] && !/\s/.test(text[inner]) && !(c === '_' && /\w/.test(text[i - 1] ?? ''))) {
        // `_` only between non-word characters, so snake_case names stay as they are.
        const end = next(c, run, inner);
        if (end > inner && !/\s/.test(text[end - 1]) && !(c === '_' && /\w/.test(text[end + run] ?? ''))) {
          flush();
          out.push({ type: run === 2 ? 'strong' : 'em', children: parseInline(text.slice(inner, end), depth + 1, links) });
          i = end + run;
          continue;
        }
      }
      buffer += delim;
      i += run;
      continue;
    }
    if (c === '[' && depth < 4 && links) {
      const close = next(']', 1, i + 1);
      if (close > i && text[close + 1] === '(') {
        const urlEnd = closingParen(text, close + 2);
        if (urlEnd > 0) {
          const label = text.slice(i + 1, close);
          const url = text
            .slice(close + 2, urlEnd)
            .trim()
            .replace(/^<|>$/g, '')
            .replace(/\s+["'].*["']$/, '');
          // A destination with spaces inside is not a URL (CommonMark agrees): the text stays text.
          const href = /\s/.test(url) ? null : safeHref(url);
          if (href && label.trim()) {
            flush();
            // A link's text holds no links of its own (`[me@x.example](mailto:me@x.example)`).
            out.push({ type: 'link', href, children: parseInline(label, depth + 1, false) });
            i = urlEnd + 1;
            continue;
          }
        }
      }
    } else if (c === '<' && links) {
      const end = next('>', 1, i + 1);
      const inside = end > i && end - i < 2048 ? text.slice(i + 1, end) : '';
      const href = /^(https?:\/\/|mailto:)[^\s<>]+$/i.test(inside) ? safeHref(inside) : null;
      if (href) {
        flush();
        out.push({ type: 'link', href, children: [{ type: 'text', text: inside.replace(/^mailto:/i, '') }] });
        i = end + 1;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return merge(out);
}

/** Characters that may start inline markup. */
const SPECIAL = /[\\`*_[<]/;

/**
 * Every run of `` ` ``, `*` and `_` (by length) and every `]` and `>`, found in one scan;
 * `next(char, length, from)` is then a binary search, so no delimiter is searched for twice.
 */
function delimiterIndex(text: string): (char: string, length: number, from: number) => number {
  const runs = new Map<string, number[]>();
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '`' || c === '*' || c === '_' || c === ']' || c === '>') {
      let run = 1;
      if (c !== ']' && c !== '>') while (text[i + run] === c) run++;
      const key = c + run;
      if (!runs.has(key)) runs.set(key, []);
      runs.get(key)!.push(i);
      i += run;
    } else i++;
  }
  return (char, length, from) => {
    const list = runs.get(char + length);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : -1;
  };
}

/** The index of the `)` closing a link URL that starts at `from`, allowing balanced parentheses. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length && j - from < 512; j++) {
    const c = text[j];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return j;
      depth--;
    } else if (c === '\n') return -1;
  }
  return -1;
}

const URL_START = /^(https?:\/\/|www\.)/i;
const EMAIL = /^[\w.+%-]{1,64}@[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i;

const ANCHOR = /https?:\/\/|www\.|@/gi;

/**
 * Bare URLs, `www.` addresses and e-mail addresses in plain text become links. Each
 * anchor (`http`, `www.`, `@`) is widened to the white space around it; tokens are looked
 * at once each, so this stays linear.
 */
function autolink(text: string): Inline[] {
  ANCHOR.lastIndex = 0;
  if (!ANCHOR.test(text)) return text ? [{ type: 'text', text }] : [];
  const out: Inline[] = [];
  let plainFrom = 0;
  let scanned = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    if (m.index < scanned) continue;
    let start = m.index;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !/\s/.test(text[end])) end++;
    scanned = end;
    ANCHOR.lastIndex = end;
    if (start < plainFrom) continue;
    const link = end - start < 2048 ? linkToken(text.slice(start, end)) : null;
    if (!link) continue;
    const plain = text.slice(plainFrom, start) + link.before;
    if (plain) out.push({ type: 'text', text: plain });
    out.push({ type: 'link', href: link.href, children: [{ type: 'text', text: link.text }] });
    out.push({ type: 'text', text: link.after });
    plainFrom = end;
  }
  if (plainFrom < text.length) out.push({ type: 'text', text: text.slice(plainFrom) });
  return merge(out.filter((r) => r.type !== 'text' || r.text));
}

function linkToken(token: string): { before: string; text: string; href: string; after: string } | null {
  const lead = /^[("'[<]*/.exec(token)![0];
  let core = token.slice(lead.length);
  let trail = '';
  // Trailing punctuation belongs to the sentence, and a `)` only if it has no partner.
  while (/[.,;:!?'"\]>)]$/.test(core)) {
    if (core.endsWith(')') && (core.match(/\(/g)?.length ?? 0) >= (core.match(/\)/g)?.length ?? 0)) break;
    trail = core.slice(-1) + trail;
    core = core.slice(0, -1);
  }
  let href: string | null = null;
  if (URL_START.test(core)) href = safeHref(/^www\./i.test(core) ? `https://${core}` : core);
  else if (EMAIL.test(core)) href = `mailto:${core}`;
  if (!href || core.length < 4) return null;
  return { before: lead, text: core, href, after: trail };
}

/** Joins neighbouring text runs. */
function merge(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.type === 'text' && last?.type === 'text') last.text += r.text;
    else out.push(r);
  }
  return out;
}

/** The plain text of inline runs (for titles, slugs and tests). */
export function inlineText(runs: Inline[]): string {
  return runs.map((r) => ('text' in r ? r.text : inlineText(r.children))).join('');
}
