import type { Block, List, ListItem, ListStyle, PolicyDocument, Section, Table } from './policy-types.js';
import { parseInline } from './inline.js';
import { createSlugger } from './slug.js';
import { isDateLabel, readDateLine } from './dates.js';
import { classify, normalize, readEnum, type Line, type Marker } from './lines.js';
import { BRITISH, dangles, guessLanguage, isLeadIn } from './language.js';

/**
 * Turns a privacy policy written in plain text or Markdown into a {@link PolicyDocument}.
 *
 * A policy is read as a sequence of lines whose roles — title, date line, heading of some
 * level, list item, table row, paragraph or the continuation of one — follow from the
 * document as a whole: a numbering scheme (`1.`, `1.1`, `IV.`, `A)`, `§ 4`, `Article 5 –`)
 * is a heading scheme when it runs in order down the document with text between its
 * numbers, and a list when its numbers sit on consecutive lines or start again; a marker
 * that ordinary text can start with (`A.`, `o`, `3  `) counts only when a neighbour
 * shares it; a wrapped line continues the one before when that one did not end a
 * sentence. Every word of the input appears in the output; it never throws, and it runs
 * in time linear in the length of the text.
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

/** The line ends a sentence, or leads in to what follows. */
const TERMINAL = /[.!?:;…]["')\]»”’]?$/;
const TITLE_WORDS =
  /privacy|policy|notice|statement|datenschutz|confidentialit|politique|pol[ií]tica|privacidad|informativa|privacyverklaring|privacybeleid|prywatno|polityka|protec|ochron|persoonsgegevens|donn[ée]es personnelles|dati personali|datos personales|dados pessoais/i;
const ARTICLES = new Set('the a an der die das den dem ein eine le la les un une el los las il lo gli het een o os as um uma'.split(' '));
const SENTENCE_START = /^(?:we|you|our|your|if|when|this|these|please|wir|sie|ihre|wenn|nous|vous|si|usted|noi|voi|wij|u|uw|nós|você|my|jeśli)\s/iu;
/** Word schemes of annexes, in the eight languages. */
const ANNEX = /^w:(?:annex|annexe|appendix|schedule|anhang|anlage|anexo|allegato|bijlage|za[lł][aą]cznik)/;
/** Lists nest at most this deep; deeper items join the deepest list (10,000 indented bullets stay a list, not a stack overflow). */
const MAX_LIST_DEPTH = 8;

/** Bullet characters that word processors use for a second or third level. */
const SUB_BULLETS = new Set(['o', '◦', '▪', '■', '□', '○', '‣', '·']);

/**
 * 2 for a line that reads as a heading (`Information we collect`, `What do we collect?`),
 * 1 for a short one with a full stop (`Definitions.`), 0 for a sentence or a fragment.
 */
function titleScore(t: string): number {
  if (!t || t.length > 120 || startsLower(t) || /[,;]$/.test(t)) return 0;
  const words = t.split(/\s+/).length;
  if (words > 16) return 0;
  if (/[.!…]["'”’»)]?$/.test(t)) return words <= 6 && !/[.!?]\s/.test(t) ? 1 : 0;
  if (/:$/.test(t)) return words <= 8 ? 1 : 0;
  return 2;
}

const stripColon = (t: string) => t.replace(/\s*:$/, '').trim();

/** More `(` than `)` in a line. */
function unclosed(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** A lower-case letter first (`o responsável`, `and so on`): `ß`, `é`, `ł` too, without a Unicode pattern. */
const startsLower = (t: string) => t !== '' && t[0] !== t[0].toUpperCase();

/** Where a list item's marker puts it: its list's scheme, and how it is numbered. */
interface ItemKind {
  key: string;
  ordered: boolean;
  style?: ListStyle;
  value?: number;
}

function itemKind(m: Marker, markdown: boolean): ItemKind {
  // In Markdown `-`, `*` and `+` make one list; in plain text a new bullet character is a new level.
  if (m.type === 'bullet') return { key: markdown ? '-' : m.char, ordered: false };
  const style: Record<string, ListStyle | undefined> = { alpha: 'lower-alpha', ALPHA: 'upper-alpha', roman: 'lower-roman', ROMAN: 'upper-roman' };
  return { key: `${m.kind}${m.wrap}`, ordered: true, style: style[m.kind!], value: m.value };
}

interface OpenList {
  list: List;
  key: string;
  indent: number;
  /** Opened because the item above ended with a colon (no indentation in the text). */
  byColon: boolean;
  /** Raw text of each item, parsed inline when the list closes. */
  raw: string[];
  /** The last physical line of the last item, and its full width (marker and indent too). */
  tail: string;
  tailWidth: number;
}

interface Scheme {
  key: string;
  /** Plain sub-headings give way to any numbered scheme (they never hold one); other kinds can. */
  weak: boolean;
  level: number;
}

class Parser {
  private readonly lines: Line[];
  private readonly markdown: boolean;
  private readonly doc: PolicyDocument = { title: null, dates: [], blocks: [], sections: [] };
  private readonly stack: Section[] = [];
  private readonly slug = createSlugger();
  private paragraph: string[] | null = null;
  private lists: OpenList[] = [];
  private table: string[][] | null = null;
  private lone: Marker | null = null;
  /** Width of the marker line being read. */
  private width = 0;
  private loneIndent = 0;
  private atxBase = 1;
  private monthFirst = false;
  private baseIndent = 0;
  /** Width a hard-wrapped text fills its lines to, or 0. */
  private wrapWidth = 0;
  /** Short `Label:` lines used as the document's headings (not only as lead-ins to lists). */
  private colonHabit = false;
  /** Short lines standing alone between blank lines, used as the document's headings. */
  private aloneHabit = false;
  /** Per line: 1 for a `Label:` heading candidate, and for a line standing alone (see `readHabits`). */
  private colonAt: Uint8Array;
  private aloneAt: Uint8Array;
  /** Per line: how many same-scheme numbers sit on consecutive lines around it. */
  private run: Uint16Array;
  /** Per line: for the last number of a run, 1 + the line of the scheme's next number, which starts a run of its own (0: none). */
  private nextAlone: Uint32Array;
  /** Numbering schemes with at least two numbers that stand alone, title-like: heading candidates. */
  private headingKeys = new Set<string>();
  private schemes: Scheme[] = [];
  private chain = new Map<string, number>();
  /** The last non-blank line, for decisions that look back. */
  private previous: Line = { kind: 'blank', indent: 0, text: '' };
  private previousRole: 'heading' | 'title' | 'date' | 'other' = 'other';
  private blankBefore = true;
  private skip = -1;
  private firstLine: Line | undefined;

  constructor(text: string) {
    const raw = normalize(text).split('\n');
    this.lines = raw.map(classify);
    this.run = new Uint16Array(this.lines.length);
    this.nextAlone = new Uint32Array(this.lines.length);
    this.colonAt = new Uint8Array(this.lines.length);
    this.aloneAt = new Uint8Array(this.lines.length);
    this.firstLine = this.lines.find((l) => l.kind !== 'blank');
    this.markdown = this.lines.some((l) => l.kind === 'atx' && l.text);
    const atxLevels = this.lines.filter((l) => l.kind === 'atx').map((l) => l.level!);
    const rest = atxLevels.slice(this.titleIsFirstAtx() ? 1 : 0);
    this.atxBase = rest.length ? Math.min(...rest) : 1;
    this.analyse(text);
  }

  parse(): PolicyDocument {
    for (let i = 0; i < this.lines.length; i++) {
      if (i === this.skip) continue;
      const line = this.lines[i];
      const role = this.line(line, i);
      if (line.kind !== 'blank') {
        this.previous = line;
        this.previousRole = role ?? 'other';
      }
      this.blankBefore = line.kind === 'blank';
    }
    this.closeBlocks();
    return this.doc;
  }

  // ---- The document as a whole ----------------------------------------------------------

  private analyse(text: string): void {
    const lines = this.lines;
    let base = Infinity;
    for (const l of lines) if (l.kind !== 'blank' && l.indent < base) base = l.indent;
    this.baseIndent = base === Infinity ? 0 : base;
    this.confirmMarkers();
    this.findRuns();
    this.readHabits();
    // Numeric dates: the document shows its order (a part over 12), else its language does.
    const numeric = /\b(\d{1,2})[/-](\d{1,2})[/-]\d{4}\b/g;
    const head = text.slice(0, 20000);
    let order: boolean | null = null;
    for (const m of head.matchAll(numeric)) {
      if (+m[1] > 12) order = false;
      else if (+m[2] > 12) order = true;
      if (order !== null) break;
    }
    if (order === null && numeric.test(head)) order = guessLanguage(head) === 'en' && !BRITISH.test(head);
    this.monthFirst = order ?? false;
  }

  /**
   * Letters and Roman numerals: `i` after `h` is a letter, before `ii` a numeral. Markers
   * that ordinary text can start with count only when a neighbour of the same kind
   * continues or precedes them; the others become text again.
   */
  private confirmMarkers(): void {
    const lines = this.lines;
    const byClass = new Map<string, number[]>();
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].marker;
      if (!m || m.type !== 'enum' || m.kind === 'word' || m.kind === 'dotted') continue;
      const letter = m.kind !== 'num';
      const upper = m.kind === 'ALPHA' || m.kind === 'ROMAN';
      const key = letter ? `${upper ? 'U' : 'l'}${m.wrap}` : `n${m.wrap}`;
      let list = byClass.get(key);
      if (!list) byClass.set(key, (list = []));
      list.push(i);
    }
    const alphaOf = (m: Marker) => (m.kind === 'alpha' || m.kind === 'ALPHA' ? m.value : -9);
    const romanOf = (m: Marker) => (m.kind === 'roman' || m.kind === 'ROMAN' ? m.value : (m.roman ?? -9));
    for (const [key, list] of byClass) {
      const near = key[0] === 'l' ? 60 : Infinity;
      const ms = list.map((i) => lines[i].marker!);
      const reading: ('a' | 'r')[] = [];
      const close = (a: number, b: number) => Math.abs(list[b] - list[a]) <= near;
      // The nearest number before, read the same way, is one less; or one of the next few is one more.
      const back = (k: number, read: (m: Marker) => number, as: 'a' | 'r') => {
        let j = k - 1;
        while (j >= 0 && j >= k - 8 && reading[j] !== as) j--;
        return j >= 0 && reading[j] === as && read(ms[j]) > 0 && read(ms[j]) + 1 === read(ms[k]) && close(j, k);
      };
      const ahead = (k: number, read: (m: Marker) => number) => {
        for (let j = k + 1; j < list.length && j <= k + 8; j++) if (read(ms[k]) > 0 && read(ms[j]) === read(ms[k]) + 1 && close(k, j)) return true;
        return false;
      };
      for (let k = 0; k < list.length; k++) {
        const m = ms[k];
        if (key[0] === 'n') {
          reading[k] = 'a';
          if (m.weak && !(k > 0 && ms[k - 1].value + 1 === m.value && close(k - 1, k)) && !(k + 1 < list.length && m.value + 1 === ms[k + 1].value && close(k, k + 1)))
            this.demote(list[k]);
          continue;
        }
        // Read a single letter the way its neighbours are read.
        const backA = back(k, alphaOf, 'a');
        const backR = back(k, romanOf, 'r');
        let asRoman = m.kind === 'roman' || m.kind === 'ROMAN';
        if (m.roman !== undefined) {
          asRoman = !backA && (backR || (!ahead(k, alphaOf) && (ahead(k, romanOf) || m.value === 9)));
          if (asRoman) {
            m.kind = m.kind === 'ALPHA' ? 'ROMAN' : 'roman';
            m.value = m.roman;
          }
          m.roman = undefined;
        }
        reading[k] = asRoman ? 'r' : 'a';
        const confirmed = asRoman ? backR || ahead(k, romanOf) : backA || ahead(k, alphaOf);
        if (m.weak && !confirmed) this.demote(list[k]);
      }
    }
    // `o` is a bullet only beside another `o`, or under a line that leads in to a list.
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].marker;
      if (m?.char !== 'o') continue;
      const prev = this.neighbour(i, -1);
      const next = this.neighbour(i, 1);
      const same = (l: Line | undefined) => l?.marker?.char === 'o' && l.indent === lines[i].indent;
      // Set off by a tab (`o<tab>item`) or over a capital, it is a bullet; `o responsável` is a word.
      const marked = /^o {2,}/.test(lines[i].text) || (m.body !== '' && !startsLower(m.body));
      if (!marked || !(same(prev) || same(next) || (prev && /:$/.test(prev.text)))) this.demote(i);
    }
  }

  private demote(i: number): void {
    const l = this.lines[i];
    l.kind = 'text';
    l.marker = undefined;
  }

  private neighbour(i: number, step: number): Line | undefined {
    for (let j = i + step; j >= 0 && j < this.lines.length; j += step) if (this.lines[j].kind !== 'blank') return this.lines[j];
    return undefined;
  }

  /** The scheme a numbered line belongs to, for heading decisions; null for lines that cannot head. */
  private headKey(m: Marker): string | null {
    if (m.type !== 'enum') return null;
    if (m.kind === 'dotted' || (m.kind === 'num' && m.wrap === '.')) return `n${m.depth}`;
    // `(1)` numbers paragraphs (German Absätze) or list items, never sections.
    if (m.wrap === '()') return null;
    if (m.kind === 'num') return `n${m.depth}${m.wrap || '_'}`;
    if (m.kind === 'ALPHA' || m.kind === 'ROMAN') return `${m.kind}${m.wrap}`;
    if (m.kind === 'word') return `w:${m.label.replace(/[\s\d.º°ª]+.*$/, '').toLowerCase()}`;
    return null;
  }

  /**
   * Numbers of one scheme on consecutive lines (only blank lines, deeper lines or
   * lower-case continuations between) are a list, not headings; a scheme needs two
   * numbers that stand alone with a title-like text to be a heading scheme.
   */
  private findRuns(): void {
    const lines = this.lines;
    const last = new Map<string, number>();
    const first = new Int32Array(lines.length).fill(-1);
    const count = new Uint32Array(lines.length);
    const gaps = new Map<number, number>();
    for (let i = 0; i < lines.length; i++) {
      const key = this.runKey(lines[i]);
      if (!key) continue;
      const prev = last.get(key);
      // A run goes on in order (`2. Sharing` after a list's `2. Name` starts again), spaced as
      // it began: items on consecutive lines do not go on across a blank line.
      const gap = prev !== undefined && lines[prev].marker!.value + 1 === lines[i].marker!.value ? this.adjacent(prev, i) : 0;
      const spacing = gap && prev !== undefined ? gaps.get(first[prev]) : undefined;
      first[i] = gap && (spacing === undefined || spacing === gap) ? first[prev!] : i;
      if (gap && first[i] !== i) gaps.set(first[i], gap);
      count[first[i]]++;
      last.set(key, i);
    }
    const solo = new Map<string, number>();
    const following = new Map<string, number>();
    for (let i = lines.length - 1; i >= 0; i--) {
      if (first[i] < 0) continue;
      const key = this.runKey(lines[i])!;
      const next = following.get(key);
      if (next !== undefined && first[next] !== first[i]) this.nextAlone[i] = next + 1;
      following.set(key, i);
    }
    for (let i = 0; i < lines.length; i++) {
      if (first[i] < 0) continue;
      const n = Math.min(65535, count[first[i]]);
      this.run[i] = n;
      const l = lines[i];
      if (n === 1 && titleScore(l.marker!.body) && l.indent <= this.baseIndent + 3) {
        const key = this.runKey(l)!;
        solo.set(key, (solo.get(key) ?? 0) + 1);
      }
    }
    // Two numbers in order make a scheme; a document's only number, alone over its text, heads it too.
    const total = new Map<string, number>();
    for (let i = 0; i < lines.length; i++) {
      if (first[i] < 0) continue;
      const key = this.runKey(lines[i])!;
      total.set(key, (total.get(key) ?? 0) + 1);
    }
    for (const [key, n] of solo) if (n >= 2 || total.get(key) === 1) this.headingKeys.add(key);
  }

  /** The scheme of a line whose numbers may head sections one by one (not `1.1`, not `§ 4`). */
  private runKey(l: Line): string | null {
    const m = l.marker;
    if (!m || m.kind === 'word' || (m.kind === 'dotted' && m.depth > 1)) return null;
    return this.headKey(m);
  }

  /** 0 when something stands between two numbers; 1 when only their own lines do; 2 when a blank line does too. */
  private adjacent(a: number, b: number): number {
    const indent = this.lines[a].indent;
    let blank = false;
    for (let j = a + 1; j < b; j++) {
      const l = this.lines[j];
      if (l.kind === 'blank') blank = true;
      else if (l.indent > indent || (l.kind === 'text' && startsLower(l.text))) continue;
      else return 0;
    }
    return blank ? 2 : 1;
  }

  /** Habits of the whole text: colon lines as headings, hard wrapping. */
  private readHabits(): void {
    const lines = this.lines;
    let colon = 0;
    let colonBeforeText = 0;
    const lengths: number[] = [];
    // Each line's candidacy is decided once here; the line walk reads it back.
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].kind === 'blank') continue;
      this.colonAt[i] = this.colonCandidate(lines[i].text, i) ? 1 : 0;
      this.aloneAt[i] = this.standsAlone(i) ? 1 : 0;
    }
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind === 'text' || l.kind === 'marker') {
        const next = lines[i + 1];
        if (next?.kind === 'text' && startsLower(next.text) && !TERMINAL.test(l.text) && l.text.length >= 30) lengths.push(l.text.length + l.indent);
        if (l.kind === 'text' && this.colonAt[i]) {
          colon++;
          const next = this.neighbour(i, 1);
          if (next?.kind === 'text' && !/^(?:={3,}|-{3,})$/.test(next.text)) colonBeforeText++;
        }
      }
    }
    this.colonHabit = colon >= 2 && colonBeforeText * 2 >= colon;
    this.aloneHabit = this.aloneAt.reduce((n, a) => n + a, 0) >= 3;
    // Hard wrapping shows in lines cut in mid-sentence; their lengths tell the width.
    lengths.sort((a, b) => a - b);
    if (lengths.length >= 4) {
      const width = lengths[Math.floor(lengths.length / 2)];
      const tight = lengths.filter((n) => n >= width * 0.8 && n <= width * 1.15).length;
      if (width <= 110 && tight >= lengths.length * 0.75) this.wrapWidth = width;
    }
  }

  /** A short line with a blank line above and below it that does not end a sentence: a heading, in texts written that way. */
  private standsAlone(i: number): boolean {
    const l = this.lines[i];
    if (l.kind !== 'text' || i === 0 || this.lines[i - 1].kind !== 'blank' || this.lines[i + 1]?.kind !== 'blank') return false;
    const t = l.text;
    return t.length <= 100 && !/[.!;,:…]["')\]»”’]?$/.test(t) && t.split(/\s+/).length <= 14 && !startsLower(t) && /^[^\p{L}\p{N}]*[\p{L}\p{N}]/u.test(t);
  }

  private colonCandidate(t: string, i: number): boolean {
    if (!/:$/.test(t) || t.length > 60 || /:.+:/.test(t) || /^[^\p{Lu}\p{N}]/u.test(t.replace(/^[*_]+/, ''))) return false;
    if (t.split(/\s+/).length > 8) return false;
    const prev = this.neighbour(i, -1);
    // `We use your data to:` leads in to a list; `Who we are:` over a paragraph heads it.
    if (isLeadIn(t, this.neighbour(i, 1)?.kind !== 'text')) return false;
    const blank = i > 0 && this.lines[i - 1].kind === 'blank';
    // After a block has ended: a blank line, a full stop, a list, the title or a date line.
    return (
      !prev ||
      blank ||
      TERMINAL.test(prev.text) ||
      prev.kind === 'marker' ||
      prev.kind === 'atx' ||
      isCaps(prev.text) ||
      prev === this.firstLine ||
      readDateLine(prev.text) !== null
    );
  }

  private titleIsFirstAtx(): boolean {
    return this.firstLine?.kind === 'atx' && this.firstLine.level === 1;
  }

  // ---- Line by line ---------------------------------------------------------------------

  private get inPreamble(): boolean {
    return !this.doc.sections.length && !this.doc.blocks.length && !this.paragraph && !this.lists.length && !this.table;
  }

  /** A Setext underline (`===` or `---`) right under line `i`. */
  private underline(i: number): '=' | '-' | null {
    const next = this.lines[i + 1];
    if (!next || next.indent > 3) return null;
    if (next.kind === 'text' && /^=+$/.test(next.text)) return '=';
    if (next.kind === 'rule' && /^-+$/.test(next.text)) return '-';
    return null;
  }

  private line(line: Line, i: number): 'heading' | 'title' | 'date' | 'other' | void {
    if (line.kind !== 'row' && line.kind !== 'separator') this.closeTable();
    if (line.kind === 'text' || line.kind === 'marker') {
      const under = this.underline(i);
      if (under && !this.paragraph && !TERMINAL.test(line.text) && line.text.length <= 120) {
        this.skip = i + 1;
        return this.setext(line, under);
      }
    }
    switch (line.kind) {
      case 'blank':
        this.closeParagraph();
        return;
      case 'atx':
        return this.atx(line);
      case 'rule':
        // An underline under a title or heading was read with it; otherwise a separator.
        return this.closeBlocks();
      case 'separator':
        // Under a table's first row it marks the header; alone it is just a line.
        if (!this.table) return this.text({ kind: 'text', indent: line.indent, text: line.text }, i);
        return;
      case 'row':
        this.closeParagraph();
        this.closeLists();
        (this.table ??= []).push(line.cells!);
        return;
      case 'marker':
        return this.marker(line, i);
      case 'text':
        return this.text(line, i);
    }
  }

  private setext(line: Line, under: '=' | '-'): 'heading' | 'title' {
    const m = line.marker;
    const numbered = m?.type === 'enum' && m.body ? m : null;
    const title = numbered ? numbered.body : line.text;
    if (under === '=' && this.inPreamble && this.doc.title === null && !this.doc.sections.length && !numbered) {
      this.doc.title = title;
      return 'title';
    }
    if (this.markdown) {
      this.heading(numbered?.label ?? null, title, Math.max(1, (under === '=' ? 1 : 2) - this.atxBase + 1));
    } else this.schemeHeading(`setext${under}`, false, numbered?.label ?? null, title);
    return 'heading';
  }

  private atx(line: Line): 'heading' | 'title' | void {
    if (!line.text) return;
    if (line.level === 1 && this.inPreamble && this.doc.title === null && this.titleIsFirstAtx()) {
      this.doc.title = line.text;
      return 'title';
    }
    const m = readEnum(line.text);
    const numbered = m && m.type === 'enum' && m.body && m.kind !== 'alpha' && m.kind !== 'roman' ? m : null;
    this.heading(numbered?.label ?? null, numbered?.body ?? line.text, Math.max(1, line.level! - this.atxBase + 1));
    return 'heading';
  }

  private marker(line: Line, i: number): 'heading' | void {
    const m = line.marker!;
    this.width = line.indent + line.text.length;
    if (this.lone) this.lone = null;
    if (m.type === 'enum' && !this.markdown) {
      // `Art. 6 Abs. 1` wrapped from the line before is text.
      const wrapped = this.paragraph && !this.blankBefore && (m.weak || m.kind === 'word') && this.continues(this.paragraph[this.paragraph.length - 1], line.text, true);
      if (!wrapped && this.isHeading(line, i)) {
        let title = m.body;
        // `§ 4` alone on its line, its title on the next.
        if (!title) {
          const next = this.lines[i + 1];
          if (next?.kind === 'text' && titleScore(next.text) === 2) {
            title = next.text;
            this.skip = i + 1;
          }
        }
        this.schemeHeading(this.headKey(m)!, false, m.label, title, m.value);
        return 'heading';
      }
      if (wrapped || m.kind === 'dotted' || m.kind === 'word') return void this.text({ kind: 'text', indent: line.indent, text: line.text }, i);
    }
    // Markdown numbers its lists `1.` or `1)` only.
    if (m.type === 'enum' && this.markdown && (m.kind === 'dotted' || m.kind === 'word' || !/^\(?\w{1,7}[.)](?:\s|$)/.test(line.text))) {
      return void this.text({ kind: 'text', indent: line.indent, text: line.text }, i);
    }
    this.closeParagraph();
    if (!m.body) {
      this.lone = m;
      this.loneIndent = line.indent;
      return;
    }
    this.item(line.indent, m.body, itemKind(m, this.markdown));
  }

  /** `3. Sharing` is a section; `1. Open settings` inside section 3 is a list item. */
  private isHeading(line: Line, i: number): boolean {
    const m = line.marker!;
    if (line.indent > this.baseIndent + 3) return false;
    // `1. We process your data to:` leads in to the list below it.
    if (m.kind !== 'word' && /:$/.test(m.body)) return false;
    const score = titleScore(m.body);
    // A line that goes on in lower case on the next line is the start of a paragraph.
    const below = this.lines[i + 1];
    if (below?.kind === 'text' && startsLower(below.text) && !TERMINAL.test(m.body)) return false;
    if (m.kind === 'word') return score > 0 || m.body === '';
    if (!score) return false;
    if (m.kind === 'dotted' && m.depth > 1) return true;
    const key = this.headKey(m);
    if (!key || !this.headingKeys.has(key)) return false;
    const run = this.run[i];
    const last = this.chain.get(key);
    // `3. Sharing` right under a list's `2. Name`: the last number of a run is a heading when
    // it is the next of the chain and the scheme's next number, standing alone, follows it.
    const next = this.nextAlone[i];
    const closesRun = run >= 2 && last !== undefined && m.value === last + 1 && next > 0 && this.lines[next - 1].marker?.value === m.value + 1;
    if (run >= 3 && !closesRun) return false;
    if (run === 2 && last === undefined) return false;
    const inOrder = last === undefined ? m.value <= 3 : m.value > last && m.value <= last + 5;
    if (!inOrder) return false;
    // After a blank line a number that stands alone opens a section; right under a list's items it goes on with them.
    if (closesRun || (run === 1 && this.blankBefore)) return true;
    // A list that has begun (`1. A`, `2. B`) keeps going.
    const key2 = itemKind(m, this.markdown).key;
    return !this.lists.some((open) => open.key === key2 && open.indent === line.indent && (open.list.start ?? 1) + open.list.items.length === m.value);
  }

  /** Places a heading of a scheme in the hierarchy: a scheme seen above keeps its level; a new one goes one deeper. */
  private schemeHeading(key: string, weak: boolean, number: string | null, title: string, value = NaN): void {
    // An annex stands beside the sections, whatever scheme they use.
    if (ANNEX.test(key)) while (this.schemes.length && this.schemes[0].key !== key) this.chain.delete(this.schemes.pop()!.key);
    const k = this.schemes.findIndex((s) => s.key === key);
    let level: number;
    if (k >= 0) {
      for (const s of this.schemes.splice(k + 1)) this.chain.delete(s.key);
      level = this.schemes[k].level;
    } else {
      if (!weak) while (this.schemes.length && this.schemes[this.schemes.length - 1].weak) this.chain.delete(this.schemes.pop()!.key);
      level = (this.schemes.at(-1)?.level ?? 0) + 1;
      this.schemes.push({ key, weak, level });
    }
    this.chain.set(key, value);
    this.heading(number, stripColon(title), level);
  }

  private text(line: Line, i: number): 'heading' | 'title' | 'date' | void {
    const t = line.text;
    if (this.lone) {
      const m = this.lone;
      this.lone = null;
      return void this.item(this.loneIndent, t, itemKind(m, this.markdown));
    }
    // Labelled dates: near the top with any label, elsewhere with a label that says so. A line
    // after one that ended a sentence cannot continue it, nor can a whole `Label: date` line
    // whose label names a date (`Data publikacji: 5 stycznia 2026 r.` under `Opublikował: …`).
    const dates = t.length <= 200 ? readDateLine(t, this.monthFirst) : null;
    if (dates) {
      const named = dates.every((d) => isDateLabel(d.label));
      const free = this.blankBefore || (!this.paragraph && this.lists.length === 0) || TERMINAL.test(this.previous.text);
      if ((free || named) && (named || this.inPreamble || this.doc.sections.length === 0)) {
        this.doc.dates.push(...dates);
        return 'date';
      }
    }
    if (this.inPreamble && this.doc.title === null && !this.doc.dates.length && this.isTitle(t, i)) {
      let title = t;
      // A title may go on to a second line in lower case (`… für die Website` / `und den Onlineshop …`).
      const more = this.lines[i + 1];
      if (more?.kind === 'text' && startsLower(more.text) && !TERMINAL.test(t) && more.text.length <= 100) {
        title += ' ' + more.text;
        this.skip = i + 1;
      }
      this.doc.title = title.replace(/^[*_]{1,3}(.+?)[*_]{1,3}$/, '$1');
      return 'title';
    }
    if (/^=+$/.test(t) && (this.previousRole === 'title' || this.previousRole === 'heading')) return;
    const open = this.lists.at(-1);
    if (open && !this.blankBefore) {
      const last = open.raw.length - 1;
      const joins = this.markdown ? this.previous.kind !== 'atx' : this.itemGoesOn(open, t, i);
      if (joins) {
        open.raw[last] += ' ' + t;
        open.tail = t;
        open.tailWidth = line.indent + t.length;
        return;
      }
    }
    if (!this.markdown) {
      const heading = this.plainHeading(line, i);
      if (heading) {
        // Plain sub-headings give way to any numbered scheme; ALL-CAPS, colon and bold lines can hold one.
        this.schemeHeading(heading.key, heading.key === 'sub', heading.number ?? null, heading.title, heading.value);
        return 'heading';
      }
    }
    if (this.paragraph && !this.blankBefore) {
      const prev = this.paragraph[this.paragraph.length - 1];
      if (this.markdown || this.continues(prev, t, false)) {
        this.paragraph.push(t);
        return;
      }
    }
    this.closeBlocks();
    this.paragraph = [t];
  }

  /** Does `next` continue the line `prev` (hard wrapping)? */
  private continues(prev: string, next: string, item: boolean, width = prev.length): boolean {
    const p = prev.trimEnd();
    // `… vertreten durch den Vorstand (Vorsitzende:` goes on: a bracket is still open.
    if (unclosed(p)) return !/^[-–—•*]\s/.test(next);
    if (TERMINAL.test(p)) return false;
    if (/[,(&+/–—-]$/.test(p) || dangles(p)) return true;
    if (startsLower(next) || /^[(`"'“‘„«[\d]/.test(next)) return true;
    // Not when an item is followed by a sentence of its own (`We use it to:`).
    if (this.wrapWidth && width >= this.wrapWidth * (item ? 0.9 : 0.8) && !(item && (SENTENCE_START.test(next) || (/:$/.test(next) && next.length < this.wrapWidth * 0.5))))
      return true;
    // Prose written one paragraph per line does not stop in mid-sentence.
    return !item && p.length >= 60 && !/:$/.test(next) && titleScore(next) !== 2;
  }

  /** A text line under a list item: does it continue the item? */
  private itemGoesOn(open: OpenList, t: string, i: number): boolean {
    if (this.previous.kind === 'blank') return false;
    // A hanging indent: the line sits under the item's text.
    if (this.lines[i].indent > open.indent && this.lines[i].indent >= 2) return true;
    const tail = open.tail;
    if (this.colonHabit && this.colonAt[i]) return false;
    if (isCaps(t) && !isCaps(tail)) return false;
    if (this.continues(tail, t, true, open.tailWidth) || this.sandwiched(open, i)) return true;
    // `… with the built-in` / `Reader and Cost Management roles …`: a noun phrase cut in two.
    const words = tail.trimEnd().split(/\s+/);
    return !TERMINAL.test(tail) && words.length >= 3 && ARTICLES.has(words[words.length - 2].toLowerCase()) && !SENTENCE_START.test(t) && !/:$/.test(t) && t.length >= 40;
  }

  /** A line between two items of the same list, after an item that has not ended: it continues the item. */
  private sandwiched(open: OpenList, i: number): boolean {
    const next = this.neighbour(i, 1);
    return (
      !TERMINAL.test(open.tail) &&
      !/:$/.test(this.lines[i].text) &&
      next?.kind === 'marker' &&
      itemKind(next.marker!, this.markdown).key === open.key &&
      next.indent === open.indent
    );
  }

  private isTitle(t: string, i: number): boolean {
    // The first line may be long when it cites the law (`… (artt. 13 e 14 del Regolamento UE 2016/679)`).
    if (t.length > (this.lines[i] === this.firstLine ? 160 : 100) || /[;,:]$/.test(t)) return false;
    const next = this.neighbour(i, 1);
    // `… Bilans s.c.`: a title may end with an abbreviation, not with a sentence.
    if (/\.$/.test(t)) return TITLE_WORDS.test(t) && this.lines[i] === this.firstLine && t.split(/\s+/).length <= 12;
    return TITLE_WORDS.test(t) || (next?.kind === 'text' && readDateLine(next.text, this.monthFirst) !== null);
  }

  /** An unnumbered heading: an ALL-CAPS line, a `Label:` line where the text uses them, or a short title-like line over a paragraph or list. */
  private plainHeading(line: Line, i: number): { key: string; title: string; number?: string; value?: number } | null {
    const t = line.text;
    if (line.indent > this.baseIndent + 3 || t.length > 120) return null;
    const prev = this.previous;
    const next = this.neighbour(i, 1);
    if (!next) return null;
    const afterText = prev.kind === 'text' && !this.blankBefore && this.previousRole === 'other' && !TERMINAL.test(prev.text);
    // An ALL-CAPS line under a line in lower case is a heading; under another, part of a shouted
    // paragraph; right under `… ist:`, what was announced (`MUSTERBAU GMBH`).
    if (isCaps(t) && !(afterText && isCaps(prev.text)) && !(/:$/.test(prev.text) && !this.blankBefore && prev.kind === 'text')) return { key: 'caps', title: t };
    if (afterText) return null;
    // **A bold line** is a heading; **3.1 A numbered one** keeps its number and its scheme's level.
    const bold = /^(\*\*|__)([^*_].*?)\1:?$/.exec(t);
    if (bold && titleScore(bold[2])) {
      const m = readEnum(bold[2]);
      const key = m?.body ? this.headKey(m) : null;
      return key ? { key, title: m!.body, number: m!.label, value: m!.value } : { key: 'bold', title: bold[2] };
    }
    if (this.colonHabit && this.colonAt[i]) return { key: 'colon', title: t };
    // A line filled to the width the text is wrapped at is part of a paragraph.
    if (this.wrapWidth && t.length >= this.wrapWidth * 0.8) return null;
    if (prev.kind === 'marker' && !this.blankBefore && !TERMINAL.test(this.lists.at(-1)?.tail ?? '.')) return null;
    if (this.aloneHabit && this.aloneAt[i] && line.indent <= this.baseIndent) return { key: 'sub', title: t };
    // A question heads the answer below it (`¿Qué datos tratamos?`, `What do we collect?`).
    const question = /\?["'”»]?$/.test(t);
    if (t.length < 3 || t.length > (question ? 100 : 70) || (TERMINAL.test(t) && !question) || /[,]$|:\s/.test(t)) return null;
    const words = t.split(/\s+/);
    if (words.length > (question ? 14 : 8) || !/^[^\p{L}\p{N}]*\p{Lu}/u.test(t) || /[.!?]\s/.test(t) || startsLower(next.text)) return null;
    // A longer line in sentence case heads what follows only when it is clearly shorter than it.
    if (!question && words.length > 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length && t.length > next.text.length * 0.6) return null;
    if (question && next.kind === 'text') return { key: 'sub', title: t };
    if (next.kind === 'text' && next.text.length >= 60 && !readDateLine(next.text)) return { key: 'sub', title: t };
    // Over a list whose items go on in lower case (`Wir verarbeiten die Daten` / `– zur Erfüllung …`), a line leads in.
    if (next.kind === 'marker' && next.marker!.type === 'bullet' && !startsLower(next.marker!.body) && !SENTENCE_START.test(t)) return { key: 'sub', title: t };
    return null;
  }

  // ---- Building the tree ----------------------------------------------------------------

  private heading(number: string | null, title: string, level: number): void {
    this.closeBlocks();
    const clean = title.trim();
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    const section: Section = { slug: this.slug(number, clean), number, title: clean, level, blocks: [], children: [] };
    (this.stack.at(-1)?.children ?? this.doc.sections).push(section);
    this.stack.push(section);
  }

  private item(indent: number, text: string, kind: ItemKind): void {
    this.closeParagraph();
    while (this.lists.length && this.lists[this.lists.length - 1].indent > indent && !this.lists[this.lists.length - 1].byColon) this.closeList();
    let top = this.lists.at(-1);
    // An item of the "label : text" kind after a colon-opened sub-list goes back up a level.
    if (top?.byColon && (top.indent > indent || (top.key === kind.key && /^[^:]{1,80}?\s?:\s+\S/.test(text) && this.lists.length > 1))) {
      this.closeList();
      top = this.lists.at(-1);
    }
    if (top && top.indent === indent && top.key !== kind.key) {
      // Another marker at the same indent: back to an open list that uses it, or a list inside the last item.
      let k = this.lists.length - 1;
      while (k >= 0 && !(this.lists[k].key === kind.key && this.lists[k].indent === indent)) k--;
      if (k >= 0) {
        while (this.lists.length > k + 1) this.closeList();
        top = this.lists[k];
      } else if (
        /[:,]$/.test(top.tail) ||
        dangles(top.tail) ||
        (kind.ordered && top.list.ordered) ||
        (!kind.ordered && !top.list.ordered && SUB_BULLETS.has(kind.key) && !SUB_BULLETS.has(top.key))
      ) {
        top = this.open(top, indent, kind, true);
      } else {
        this.closeList();
        top = this.lists.at(-1);
        if (top && top.indent === indent) top = undefined;
      }
    } else if (top && top.indent === indent && !kind.ordered && !this.markdown && /:\s*$/.test(top.raw.at(-1) ?? '') && !top.list.items.at(-1)?.children) {
      top = this.open(top, indent, kind, true);
    }
    // Numbering that starts again (`(a)` after `(b)`) is a new list.
    if (
      top &&
      top.key === kind.key &&
      top.indent === indent &&
      kind.ordered &&
      kind.value !== undefined &&
      kind.value <= (top.list.start ?? 1) + top.list.items.length - 1 &&
      kind.value <= 1
    ) {
      this.closeList();
      top = this.lists.at(-1);
      if (top && top.indent === indent) top = undefined;
    }
    if (!top || indent > top.indent || top.key !== kind.key) top = this.open(top, indent, kind, false);
    const item: ListItem = { content: [] };
    // Numbers stay as written: a list that skips one says so.
    if (kind.ordered && kind.value !== (top.list.start ?? 1) + top.list.items.length) item.value = kind.value;
    top.list.items.push(item);
    top.raw.push(text);
    top.tail = text;
    top.tailWidth = this.width;
  }

  private open(parent: OpenList | undefined, indent: number, kind: ItemKind, byColon: boolean): OpenList {
    // Deeper than a reader can follow (and than a renderer should recurse): the deepest list takes the item.
    if (parent && this.lists.length >= MAX_LIST_DEPTH) return parent;
    const list: List = { type: 'list', ordered: kind.ordered, items: [] };
    if (kind.style) list.style = kind.style;
    if (kind.ordered && kind.value !== undefined && kind.value !== 1) list.start = kind.value;
    const host = parent && parent.indent <= indent ? parent.list.items.at(-1) : undefined;
    if (host && !host.children) host.children = list;
    else {
      this.closeParagraph();
      this.target().push(list);
    }
    const open: OpenList = { list, key: kind.key, indent, byColon, raw: [], tail: '', tailWidth: 0 };
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
    if (this.lone) {
      // A marker alone on the last line keeps nothing to show; it is not a word.
      this.lone = null;
    }
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
}

/** An ALL-CAPS line that names a section: `YOUR RIGHTS`, `DERECHOS DE LOS INTERESADOS`. */
function isCaps(t: string): boolean {
  if (t.length > 80 || t !== t.toUpperCase() || /[.!;,]$/.test(t)) return false;
  let letters = 0;
  let digits = 0;
  for (const c of t) {
    if (c !== c.toLowerCase()) letters++;
    else if (c >= '0' && c <= '9') digits++;
  }
  // `NIPC 515 123 456` or `VAT DE123456789` in an address is a number, not a heading.
  return letters >= 4 && letters > digits && t.split(/\s+/).length <= 10 && !/\d{4}/.test(t);
}
