import type { Block, List, ListItem, PolicyDocument, Section, Table } from './policy-types.js';
import { parseInline } from './inline.js';
import { createSlugger } from './slug.js';
import { readDateLine } from './dates.js';

/**
 * Turns a privacy policy written in plain text or Markdown into a {@link PolicyDocument}.
 *
 * It reads the habits real policies have: a title line or none, labelled dates in any of
 * the usual forms, numbered sections (`1.`, `1.1`, `2.3.1`, numbers that skip) and
 * unnumbered sub-headings, ATX and Setext headings, hard-wrapped paragraphs, bullets
 * written `-`, `*`, `+`, `•`, or as a dash alone on its line, nesting by indentation or by
 * an item that ends with a colon, and pipe tables. Every word of the input appears in the
 * output; it never throws, and it runs in time linear in the length of the text.
 */
export function parsePolicy(input: string): PolicyDocument {
  const text = typeof input === 'string' ? input : String(input ?? '');
  try {
    return new Parser(text).parse();
  } catch {
    // Not expected; but a visitor must still get every word, so fall back to plain paragraphs.
    return {
      title: null,
      dates: [],
      blocks: normalize(text)
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l.trim() }] })),
      sections: [],
    };
  }
}

type Line =
  | { kind: 'blank' }
  | { kind: 'atx'; level: number; text: string }
  | { kind: 'rule' }
  | { kind: 'row'; cells: string[] }
  | { kind: 'separator' }
  | { kind: 'bullet'; indent: number; text: string }
  | { kind: 'number'; indent: number; number: string; text: string; closed: boolean }
  | { kind: 'text'; indent: number; text: string };

/** Line ends, tabs and control characters made plain. */
function normalize(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, ' ')
  );
}

const BULLET = /^( *)([-*+•‣◦▪●·–])(?: +(.*))?$/;
const NUMBER = /^( *)(\d{1,3}(?:\.\d{1,3})*)([.)])? +(\S.*)$/;
const SEPARATOR = /^ *\|? *:?-{3,}:? *(?:\| *:?-{3,}:? *)*\|? *$/;

function classify(raw: string): Line {
  const line = raw.trimEnd();
  if (!line) return { kind: 'blank' };
  const atx = /^ {0,3}(#{1,6})(?: +(.*?))?(?: +#+)? *$/.exec(line);
  if (atx) return { kind: 'atx', level: atx[1].length, text: atx[2] ?? '' };
  if (line.includes('|') && SEPARATOR.test(line) && line.includes('-')) return { kind: 'separator' };
  if (/^ *\|.*\| *$/.test(line) && line.trim().length > 2) return { kind: 'row', cells: splitRow(line) };
  if (/^ *([-*_])( *\1){2,} *$/.test(line)) return { kind: 'rule' };
  const bullet = BULLET.exec(line);
  if (bullet && !(bullet[2] === '*' && bullet[3]?.includes('*') && /^\*\S/.test(line.trim()))) {
    return { kind: 'bullet', indent: bullet[1].length, text: bullet[3] ?? '' };
  }
  const num = NUMBER.exec(line);
  // A lone number needs its dot (`1.`); `1.1` does not. `100 people` is text.
  if (num && (num[3] || num[2].includes('.'))) {
    return { kind: 'number', indent: num[1].length, number: num[2], text: num[4], closed: num[3] === ')' };
  }
  return { kind: 'text', indent: line.length - line.trimStart().length, text: line.trim() };
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (body[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  cells.push(cell.trim());
  return cells;
}

const TERMINAL = /[.!?:;]["')\]»”’]?$/;

/** Plain text: does `next` continue the line `prev` (hard wrapping)? */
function continues(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  if (TERMINAL.test(p)) return false;
  if (/[,(&+/–—-]$/.test(p)) return true;
  return /^[\p{Ll}(`"'“‘[\d]/u.test(next.trimStart());
}

const TITLE_WORDS = /privacy|policy|notice|statement|cookie|terms|datenschutz|confidentialit|politique|pol[ií]tica|privacidad|informativa|privacyverklaring|prywatno/i;

interface OpenList {
  list: List;
  indent: number;
  /** Opened because the item above ended with a colon (no indentation in the text). */
  byColon: boolean;
  /** Raw text of each item, parsed inline when the list closes. */
  raw: string[];
}

class Parser {
  private readonly lines: Line[];
  private readonly raw: string[];
  private readonly markdown: boolean;
  private readonly doc: PolicyDocument = { title: null, dates: [], blocks: [], sections: [] };
  private readonly stack: Section[] = [];
  private readonly slug = createSlugger();
  private paragraph: string[] | null = null;
  private lists: OpenList[] = [];
  private table: string[][] | null = null;
  /** Sections made from unnumbered plain-text sub-headings: siblings, never parents of each other. */
  private readonly subheadings = new Set<Section>();
  private loneMarker: number | null = null;
  private atxBase = 1;
  private monthFirst = false;
  /** The last non-blank line, for decisions that look back. */
  private previous: Line = { kind: 'blank' };
  private blankBefore = false;

  constructor(text: string) {
    this.raw = normalize(text).split('\n');
    this.lines = this.raw.map(classify);
    this.markdown = this.lines.some((l) => l.kind === 'atx' && l.text);
    // Numeric dates: month first only when the document shows it (a middle part over 12).
    this.monthFirst = /\b\d{1,2}[/.-](1[3-9]|2\d|3[01])[/.-]\d{4}\b/.test(text.slice(0, 4000));
    const atxLevels = this.lines.filter((l): l is Extract<Line, { kind: 'atx' }> => l.kind === 'atx').map((l) => l.level);
    const rest = atxLevels.slice(this.titleIsFirstAtx() ? 1 : 0);
    this.atxBase = rest.length ? Math.min(...rest) : 1;
  }

  parse(): PolicyDocument {
    this.lines.forEach((line, i) => {
      this.line(line, i);
      if (line.kind !== 'blank') this.previous = line;
      this.blankBefore = line.kind === 'blank';
    });
    this.closeAll();
    return this.doc;
  }

  private titleIsFirstAtx(): boolean {
    const first = this.lines.find((l) => l.kind !== 'blank');
    return first?.kind === 'atx' && first.level === 1;
  }

  private get inPreamble(): boolean {
    return !this.doc.sections.length && !this.doc.blocks.length && !this.paragraph && !this.lists.length && !this.table;
  }

  private nextLine(i: number): Line {
    for (let j = i + 1; j < this.lines.length; j++) if (this.lines[j].kind !== 'blank') return this.lines[j];
    return { kind: 'blank' };
  }

  private line(line: Line, i: number): void {
    if (line.kind !== 'row' && line.kind !== 'separator') this.closeTable();
    switch (line.kind) {
      case 'blank':
        this.closeParagraph();
        return;
      case 'atx':
        return this.atx(line);
      case 'rule':
        // A Setext underline makes the paragraph above a heading; otherwise a separator.
        if (this.paragraph?.length === 1 && /^ *-+ *$/.test(this.rawLine(i)) && !TERMINAL.test(this.paragraph[0])) {
          const title = this.paragraph[0];
          this.paragraph = null;
          return this.heading(null, title, this.markdown ? 2 - this.atxBase + 1 : this.depth() + 1);
        }
        return this.closeBlocks();
      case 'separator':
        // Under a table's first row it marks the header; alone it is just a line.
        if (!this.table) this.text({ kind: 'text', indent: 0, text: this.rawLine(i).trim() }, i);
        return;
      case 'row':
        this.closeParagraph();
        this.closeLists();
        (this.table ??= []).push(line.cells);
        return;
      case 'bullet':
        this.closeParagraph();
        if (!line.text) {
          this.loneMarker = line.indent;
          return;
        }
        return this.item(line.indent, line.text, i);
      case 'number':
        return this.number(line, i);
      case 'text':
        return this.text(line, i);
    }
  }

  private rawLine(i: number): string {
    return this.raw[i];
  }

  private atx(line: Extract<Line, { kind: 'atx' }>): void {
    if (!line.text) return;
    if (line.level === 1 && this.inPreamble && this.doc.title === null && this.titleIsFirstAtx()) {
      this.doc.title = line.text;
      return;
    }
    const numbered = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/.exec(line.text);
    this.heading(numbered?.[1] ?? null, numbered?.[2] ?? line.text, Math.max(1, line.level - this.atxBase + 1));
  }

  private number(line: Extract<Line, { kind: 'number' }>, i: number): void {
    if (!this.markdown && this.isNumberedHeading(line)) {
      return this.heading(line.number, line.text, line.number.split('.').length);
    }
    // `1.3)` or `2.1 text` that is not a heading is text: only whole numbers count a list.
    if (line.number.includes('.')) return this.text({ kind: 'text', indent: line.indent, text: this.raw[i].trim() }, i);
    this.closeParagraph();
    this.item(line.indent, line.text, i, Number(line.number));
  }

  /** `3. Sharing` is a section; `1. Open settings.` inside section 3 is a list item. */
  private isNumberedHeading(line: Extract<Line, { kind: 'number' }>): boolean {
    const t = line.text;
    if (line.closed || line.indent > 3 || t.length > 120 || /[.,;:]$/.test(t) || t.split(/\s+/).length > 16) return false;
    const parts = line.number.split('.').map(Number);
    const top = this.stack[0]?.number;
    if (parts.length === 1 && top && /^\d+$/.test(top) && parts[0] <= Number(top)) return false;
    // A list that has begun (`1. A`, `2. B`) keeps going.
    if (parts.length === 1 && this.lists.at(-1)?.list.ordered && this.lists.at(-1)!.indent === line.indent) return false;
    return true;
  }

  private text(line: Extract<Line, { kind: 'text' }>, i: number): void {
    const t = line.text;
    if (this.loneMarker !== null) {
      const indent = this.loneMarker;
      this.loneMarker = null;
      return this.item(indent, t, i);
    }
    if (this.inPreamble || (this.doc.title !== null && !this.doc.sections.length && !this.doc.blocks.length && !this.paragraph)) {
      if (t.length <= 200) {
        const dates = readDateLine(t, this.monthFirst);
        if (dates) {
          this.doc.dates.push(...dates);
          return;
        }
      }
      if (this.inPreamble && this.doc.title === null && !this.doc.dates.length && this.isTitle(t, i)) {
        this.doc.title = t;
        return;
      }
    }
    const open = this.lists.at(-1);
    if (open && this.previous.kind !== 'blank') {
      const last = open.raw.length - 1;
      const joins = this.markdown
        ? !this.blankBefore && this.previous.kind !== 'atx'
        : !this.blankBefore && (continues(open.raw[last], t) || this.sandwiched(open, i));
      if (joins) {
        open.raw[last] += ' ' + t;
        return;
      }
    }
    // A Setext `===` underline makes the line above a heading.
    if (/^=+$/.test(t) && this.paragraph?.length === 1 && !this.blankBefore) {
      const title = this.paragraph[0];
      this.paragraph = null;
      return this.heading(null, title, 1);
    }
    if (!this.markdown && this.isSubheading(t, i)) {
      const parent = [...this.stack].reverse().find((s) => !this.subheadings.has(s));
      this.heading(null, t, (parent?.level ?? 0) + 1);
      this.subheadings.add(this.stack.at(-1)!);
      return;
    }
    if (this.paragraph && !this.blankBefore) {
      const prev = this.paragraph[this.paragraph.length - 1];
      if (this.markdown || continues(prev, t)) {
        this.paragraph.push(t);
        return;
      }
    }
    this.closeBlocks();
    this.paragraph = [t];
  }

  /** A line between two bullets of the same list, after an item that has not ended: it continues the item. */
  private sandwiched(open: OpenList, i: number): boolean {
    const next = this.nextLine(i);
    return (
      !TERMINAL.test(open.raw[open.raw.length - 1]) &&
      !/:$/.test(this.rawLine(i).trim()) &&
      next.kind === (open.list.ordered ? 'number' : 'bullet') &&
      (next as { indent: number }).indent === open.indent
    );
  }

  private isTitle(t: string, i: number): boolean {
    if (t.length > 100 || TERMINAL.test(t)) return false;
    const next = this.nextLine(i);
    return TITLE_WORDS.test(t) || (next.kind === 'text' && readDateLine(next.text, this.monthFirst) !== null);
  }

  /** An unnumbered heading: a short title-like line followed by a paragraph or a list. */
  private isSubheading(t: string, i: number): boolean {
    if (t.length < 3 || t.length > 70 || TERMINAL.test(t) || /[,]$|:\s/.test(t)) return false;
    if (t.split(/\s+/).length > 8 || !/^[^\p{L}\p{N}]*\p{Lu}/u.test(t)) return false;
    const prev = this.previous;
    if (prev.kind === 'text' && !TERMINAL.test(prev.text)) return false;
    if (prev.kind === 'bullet' && !TERMINAL.test(this.lists.at(-1)?.raw.at(-1) ?? '.')) return false;
    const next = this.nextLine(i);
    return (next.kind === 'text' && next.text.length >= 60 && !readDateLine(next.text)) || next.kind === 'bullet';
  }

  private depth(): number {
    return this.stack.at(-1)?.level ?? 0;
  }

  private heading(number: string | null, title: string, level: number): void {
    this.closeBlocks();
    const clean = title.trim();
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    const section: Section = { slug: this.slug(number, clean), number, title: clean, level, blocks: [], children: [] };
    (this.stack.at(-1)?.children ?? this.doc.sections).push(section);
    this.stack.push(section);
  }

  private item(indent: number, text: string, _i: number, value?: number): void {
    this.closeParagraph();
    const ordered = value !== undefined;
    while (this.lists.length && this.lists[this.lists.length - 1].indent > indent && !this.lists[this.lists.length - 1].byColon) {
      this.closeList();
    }
    let top = this.lists.at(-1);
    // An item of the "label : text" kind after a colon-opened sub-list goes back up a level.
    if (top?.byColon && (top.indent > indent || /^[^:]{1,80}?\s?:\s+\S/.test(text))) {
      this.closeList();
      top = this.lists.at(-1);
    }
    if (top && top.indent === indent && top.list.ordered !== ordered) {
      this.closeList();
      top = this.lists.at(-1);
    }
    if (top && top.indent === indent && !ordered && !this.markdown && /:\s*$/.test(top.raw.at(-1) ?? '') && !top.list.items.at(-1)?.children) {
      top = this.open(top, indent, ordered, true, value);
    } else if (!top || indent > top.indent) {
      top = this.open(top, indent, ordered, false, value);
    }
    const item: ListItem = { content: [] };
    // Numbers stay as written: a list that skips one says so.
    if (ordered && value !== (top.list.start ?? 1) + top.list.items.length) item.value = value;
    top.list.items.push(item);
    top.raw.push(text);
  }

  private open(parent: OpenList | undefined, indent: number, ordered: boolean, byColon: boolean, start?: number): OpenList {
    const list: List = { type: 'list', ordered, items: [] };
    if (ordered && start !== undefined && start !== 1) list.start = start;
    const host = parent?.list.items.at(-1);
    if (host && !host.children) host.children = list;
    else {
      this.closeParagraph();
      this.target().push(list);
    }
    const open: OpenList = { list, indent, byColon, raw: [] };
    this.lists.push(open);
    return open;
  }

  private target(): Block[] {
    return this.stack.at(-1)?.blocks ?? this.doc.blocks;
  }

  private closeParagraph(): void {
    if (!this.paragraph) return;
    this.target().push({ type: 'paragraph', content: parseInline(this.paragraph.join(' ')) });
    this.paragraph = null;
  }

  private closeList(): void {
    const open = this.lists.pop();
    if (!open) return;
    open.list.items.forEach((item, k) => (item.content = parseInline(open.raw[k])));
  }

  private closeLists(): void {
    while (this.lists.length) this.closeList();
    this.loneMarker = null;
  }

  private closeTable(): void {
    if (!this.table) return;
    const rows = this.table;
    const width = Math.max(...rows.map((r) => r.length));
    const cells = (r: string[]) => Array.from({ length: width }, (_, k) => parseInline(r[k] ?? ''));
    const table: Table = { type: 'table', header: cells(rows[0]), rows: rows.slice(1).map(cells) };
    this.target().push(table);
    this.table = null;
  }

  private closeBlocks(): void {
    this.closeParagraph();
    this.closeLists();
    this.closeTable();
  }

  private closeAll(): void {
    this.closeBlocks();
  }
}
