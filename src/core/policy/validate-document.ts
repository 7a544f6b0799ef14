import type { Block, Inline, List, ListItem, PolicyDate, PolicyDocument, Section } from './policy-types.js';
import { safeHref } from './safe-href.js';

/**
 * Checks JSON that claims to be a parsed policy and rebuilds it from known fields only:
 * strings stay strings, unknown keys are dropped, and every link href is checked again
 * (a link that is not safe keeps its text). Null when the shape is not a document.
 */
export function toPolicyDocument(value: unknown): PolicyDocument | null {
  if (!isObject(value) || !Array.isArray(value.sections)) return null;
  try {
    return {
      title: typeof value.title === 'string' ? value.title : null,
      dates: (Array.isArray(value.dates) ? value.dates : [])
        .filter(isObject)
        .flatMap((d): PolicyDate[] =>
          typeof d.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? [{ label: str(d.label), date: d.date, text: str(d.text) || d.date }] : [],
        ),
      blocks: blocks(value.blocks, 0),
      sections: sections(value.sections, 1, new Set()),
    };
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const MAX_DEPTH = 12;

function sections(value: unknown, level: number, slugs: Set<string>): Section[] {
  if (!Array.isArray(value) || level > MAX_DEPTH) return [];
  return value.filter(isObject).map((s) => {
    // Anchors must stay unique and plain, whatever the JSON says.
    let slug = str(s.slug).replace(/[^\p{L}\p{N}_-]/gu, '') || 'section';
    for (let n = 2; slugs.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    slugs.add(slug);
    return {
      slug,
      number: typeof s.number === 'string' ? s.number : null,
      title: str(s.title),
      level,
      blocks: blocks(s.blocks, 0),
      children: sections(s.children, level + 1, slugs),
    };
  });
}

function blocks(value: unknown, depth: number): Block[] {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return [];
  return value.filter(isObject).flatMap((b): Block[] => {
    if (b.type === 'paragraph') return [{ type: 'paragraph', content: inlines(b.content, 0) }];
    if (b.type === 'list') {
      const l = list(b, depth);
      return l ? [l] : [];
    }
    if (b.type === 'table' && Array.isArray(b.header) && Array.isArray(b.rows)) {
      return [{ type: 'table', header: b.header.map((c) => inlines(c, 0)), rows: b.rows.filter(Array.isArray).map((r) => (r as unknown[]).map((c) => inlines(c, 0))) }];
    }
    return [];
  });
}

function list(b: Record<string, unknown>, depth: number): List | null {
  if (!Array.isArray(b.items) || depth > MAX_DEPTH) return null;
  const out: List = {
    type: 'list',
    ordered: b.ordered === true,
    items: b.items.filter(isObject).map((item): ListItem => {
      const li: ListItem = { content: inlines(item.content, 0) };
      if (typeof item.value === 'number' && Number.isFinite(item.value)) li.value = item.value;
      const child = isObject(item.children) ? list(item.children, depth + 1) : null;
      if (child) li.children = child;
      return li;
    }),
  };
  if (typeof b.start === 'number' && Number.isFinite(b.start)) out.start = b.start;
  if (b.style === 'lower-alpha' || b.style === 'upper-alpha' || b.style === 'lower-roman' || b.style === 'upper-roman') out.style = b.style;
  return out;
}

function inlines(value: unknown, depth: number): Inline[] {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return [];
  return value.filter(isObject).flatMap((r): Inline[] => {
    if (r.type === 'text' || r.type === 'code') return [{ type: r.type, text: str(r.text) }];
    if (r.type === 'strong' || r.type === 'em') return [{ type: r.type, children: inlines(r.children, depth + 1) }];
    if (r.type === 'link') {
      const children = inlines(r.children, depth + 1);
      const href = safeHref(str(r.href));
      return href ? [{ type: 'link', href, children }] : children;
    }
    return [];
  });
}
