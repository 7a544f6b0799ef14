// Reading a parsed policy the way the tests look at it: sections, lists, links, and every word.
import type { Block, Inline, List, PolicyDocument, Section } from '../../src/core/policy/policy-types.js';
import { inlineText } from '../../src/core/policy/inline.js';

export function allSections(doc: PolicyDocument): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    out.push(s);
    s.children.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}
export const section = (doc: PolicyDocument, number: string) => allSections(doc).find((s) => s.number === number)!;
export const byTitle = (doc: PolicyDocument, title: string) => allSections(doc).find((s) => s.title === title)!;
export const lists = (blocks: Block[]) => blocks.filter((b): b is List => b.type === 'list');
export const itemCounts = (blocks: Block[]) => lists(blocks).map((l) => l.items.length);
export const headings = (sections: Section[]) => sections.map((s) => [s.number, s.title]);

export function allBlocks(doc: PolicyDocument): Block[] {
  const out: Block[] = [...doc.blocks];
  const walk = (b: Block) => {
    if (b.type === 'list') b.items.forEach((i) => i.children && walk(i.children));
  };
  allSections(doc).forEach((s) => out.push(...s.blocks));
  out.forEach(walk);
  return out;
}

export function paragraphs(doc: PolicyDocument): string[] {
  return allBlocks(doc)
    .filter((b) => b.type === 'paragraph')
    .map((b) => inlineText((b as { content: Inline[] }).content));
}

export function links(doc: PolicyDocument): string[] {
  const out: string[] = [];
  const walkInline = (runs: Inline[]) =>
    runs.forEach((r) => {
      if (r.type === 'link') out.push(r.href);
      if ('children' in r) walkInline(r.children);
    });
  const walkList = (l: List) => l.items.forEach((i) => (walkInline(i.content), i.children && walkList(i.children)));
  for (const b of allBlocks(doc)) {
    if (b.type === 'paragraph') walkInline(b.content);
    else if (b.type === 'list') walkList(b);
    else [...b.header, ...b.rows.flat()].forEach(walkInline);
  }
  return out;
}

/** Every string of the output, for the "no word is lost" checks. */
export function outputText(doc: PolicyDocument): string {
  const parts: string[] = [doc.title ?? ''];
  doc.dates.forEach((d) => parts.push(d.label, d.text, d.date));
  const inl = (runs: Inline[]): void =>
    runs.forEach((r) => {
      if (r.type === 'link') parts.push(r.href);
      if ('children' in r) inl(r.children);
      else parts.push(r.text);
    });
  const list = (l: List) =>
    l.items.forEach((item, k) => {
      parts.push(marker(item.value ?? (l.start ?? 1) + k, l.style));
      inl(item.content);
      if (item.children) list(item.children);
    });
  const blocks = (bs: Block[]) =>
    bs.forEach((b) => {
      if (b.type === 'paragraph') inl(b.content);
      else if (b.type === 'list') list(b);
      else [...b.header, ...b.rows.flat()].forEach(inl);
    });
  blocks(doc.blocks);
  allSections(doc).forEach((s) => {
    parts.push(s.number ?? '', s.title);
    blocks(s.blocks);
  });
  return parts.join(' ');
}

/** An ordered list's number as the reader sees it: `4`, `d`, `D`, `iv`, `IV`. */
function marker(n: number, style?: string): string {
  if (style === 'lower-alpha' || style === 'upper-alpha') {
    const c = String.fromCharCode(96 + n);
    return style === 'upper-alpha' ? c.toUpperCase() : c;
  }
  if (style === 'lower-roman' || style === 'upper-roman') {
    let r = '';
    for (const [v, s] of [
      [1000, 'm'],
      [900, 'cm'],
      [500, 'd'],
      [400, 'cd'],
      [100, 'c'],
      [90, 'xc'],
      [50, 'l'],
      [40, 'xl'],
      [10, 'x'],
      [9, 'ix'],
      [5, 'v'],
      [4, 'iv'],
      [1, 'i'],
    ] as const)
      while (n >= v) [r, n] = [r + s, n - v];
    return style === 'upper-roman' ? r.toUpperCase() : r;
  }
  return String(n);
}

export const words = (text: string) => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
export function missingWords(input: string, doc: PolicyDocument): string[] {
  const out = words(outputText(doc));
  // `o Item` and `o<tab>item` are a word processor's bullet, not the word "o" (`o responsável` is).
  return [...words(input.replace(/^[ \t]*o(?:\t|[ \t]+(?=\p{Lu}))/gmu, ''))].filter((w) => !out.has(w));
}

/** What a reader sees, in document order: headings, lists (nested ones right after their item) and link targets. */
export function outline(doc: PolicyDocument) {
  const heads: { number: string | null; title: string; level: number }[] = [];
  const listsSeen: { section: string | null; ordered: boolean; items: number; depth: number }[] = [];
  const hrefs: string[] = [];
  const inl = (runs: Inline[]): void =>
    runs.forEach((r) => {
      if (r.type === 'link') hrefs.push(r.href);
      if ('children' in r) inl(r.children);
    });
  const list = (l: List, where: string | null, depth: number): void => {
    listsSeen.push({ section: where, ordered: l.ordered, items: l.items.length, depth });
    l.items.forEach((item) => {
      inl(item.content);
      if (item.children) list(item.children, where, depth + 1);
    });
  };
  const blocks = (bs: Block[], where: string | null) =>
    bs.forEach((b) => {
      if (b.type === 'paragraph') inl(b.content);
      else if (b.type === 'list') list(b, where, 1);
      else [b.header, ...b.rows].forEach((row) => row.forEach(inl));
    });
  const sections = (ss: Section[]) =>
    ss.forEach((s) => {
      heads.push({ number: s.number, title: s.title, level: s.level });
      blocks(s.blocks, s.number ?? s.title);
      sections(s.children);
    });
  blocks(doc.blocks, null);
  sections(doc.sections);
  return { headings: heads, lists: listsSeen, links: hrefs };
}

/** Markers and Markdown syntax that must never reach the reader as text. */
export function visibleSyntax(doc: PolicyDocument): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    const t = text.trim();
    if (/^[-–—*+•◦▪●‣■►]\s/u.test(t) || /^[-–—*+•◦▪]$/u.test(t)) found.push(`${where} starts with a bullet: ${t.slice(0, 60)}`);
    if (/^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s/.test(t)) found.push(`${where} starts with an enumerator: ${t.slice(0, 60)}`);
    if (/^#{1,6}\s/.test(t)) found.push(`${where} starts with #: ${t.slice(0, 60)}`);
    if (t.includes('**')) found.push(`${where} shows **: ${t.slice(0, 60)}`);
    if (/\|\s*:?-{3,}/.test(t)) found.push(`${where} shows a table separator: ${t.slice(0, 60)}`);
    if (/^(?:={3,}|-{3,})$/.test(t) || /\s(?:={3,}|-{3,})$/.test(t)) found.push(`${where} shows a Setext underline: ${t.slice(0, 60)}`);
  };
  const list = (l: List) =>
    l.items.forEach((item) => {
      check(inlineText(item.content), 'item');
      if (item.children) list(item.children);
    });
  const blocks = (bs: Block[]) =>
    bs.forEach((b) => {
      if (b.type === 'paragraph') check(inlineText(b.content), 'paragraph');
      else if (b.type === 'list') list(b);
    });
  if (doc.title) check(doc.title, 'title');
  blocks(doc.blocks);
  allSections(doc).forEach((s) => {
    check(s.title, 'heading');
    blocks(s.blocks);
  });
  return found;
}
