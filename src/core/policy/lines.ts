/**
 * The first pass of the policy parser: each line of the text on its own — its indent,
 * and what it could be (a Markdown heading, a table row, a rule, a list marker or a
 * numbered heading, or text). Whether a candidate really is what it looks like is
 * decided later, from the document as a whole (see `parse-policy.ts`).
 */

/** Line ends, tabs and control characters made plain; zero-width characters between words kept. */
export function normalize(text: string): string {
  const plain = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  // A zero-width space or BOM next to white space or punctuation only hides what the line is.
  return /[\u200b\u2060\ufeff]/.test(plain) ? plain.replace(/(^|[\s\p{P}])[\u200b\u2060\ufeff]+|[\u200b\u2060\ufeff]+(?=[\s\p{P}]|$)/gmu, '$1') : plain;
}

export type EnumKind = 'num' | 'dotted' | 'alpha' | 'ALPHA' | 'roman' | 'ROMAN' | 'word';

/** A list marker or a section number at the start of a line. */
export interface Marker {
  /** `bullet` for `-`, `•`, `o`…; `enum` for numbers, letters and Roman numerals. */
  type: 'bullet' | 'enum';
  /** The bullet character, for bullets. */
  char: string;
  kind: EnumKind | null;
  /** How the number is set off: `1.`, `1)` or `(1)`; `.` also stands for `1:` and `IV -`; `''` for `3<tab>`. */
  wrap: '.' | ')' | '()' | '';
  /** The number as written, with the word before it (`§ 4`, `Art. 2`, `IV`, `1.1`). */
  label: string;
  /** Its value: 4 for `IV`, 2 for `b`; for dotted numbers, the last part. */
  value: number;
  /** The value as a Roman numeral, when a single letter can be read both ways (`i`, `v`, `x`…). */
  roman?: number;
  /** Parts of a dotted number (`2.3.1` → 3); `1.0` counts as 1. */
  depth: number;
  /** The text after the marker (empty for a marker alone on its line). */
  body: string;
  /** Written in a way ordinary text can start (`A. Smith`, `o cliente`, `3  apples`): needs a sibling to count. */
  weak: boolean;
}

export type LineKind = 'blank' | 'atx' | 'rule' | 'row' | 'separator' | 'marker' | 'text';

export interface Line {
  kind: LineKind;
  indent: number;
  /** The line without its indent and trailing space. */
  text: string;
  /** ATX level. */
  level?: number;
  cells?: string[];
  marker?: Marker;
}

const BULLET = /^([-–—*+•◦▪●·‣■□►▸➢➤✓✔○])(?:\s+(.*))?$/u;
const O_BULLET = /^o(?:\s+(\S.*))?$/;
const SEPARATOR = /^\|? *:?-{3,}:? *(?:\| *:?-{3,}:? *)*\|? *$/;
const ROMAN = /^(?=[mdclxvi])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** Words written before a section number, in the eight languages the library speaks. */
const SECTION_WORDS =
  'sections?|articles?|art\\.?|chapters?|clauses?|parts?|schedule|annex|appendix|abschnitt|artikel|kapitel|teil|ziffer|punkt|anhang|anlage|chapitre|titre|partie|annexe|art[ií]culo|cap[ií]tulo|secci[oó]n|cl[aá]usula|apartado|articolo|capitolo|sezione|paragrafo|allegato|hoofdstuk|afdeling|paragraaf|bijlage|artigo|sec[cç][aã]o|se[cç][aã]o|anexo|artyku[lł]|rozdzia[lł]|sekcja|cz[eę][sś][cć]|paragraf|za[lł][aą]cznik';
const WORD_NUMBER = new RegExp(
  `^((?:§§?|(?:${SECTION_WORDS})(?![A-Za-z\\u00C0-\\u024F]))\\s*(?:\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[IVXLCDM]{1,7}|[A-Z])(?:\\.?[º°ª]|\\.(?=\\s*$))?)(?=$|[\\s.:)–—-])\\s*(?:[.:)]\\s*[-–—]?|\\s[-–—]|[-–—])?\\s*(.*)$`,
  'i',
);
const ENUM = /^(\(?)(\d{1,3}(?:\.\d{1,3})*|[A-Za-z]{1,7})(\)|\.[-–—]?(?=\s|$)|:(?=\s)| +[-–—](?=\s)|(?= {2,}\S)|(?= \S)|$) *(.*)$/;

function romanValue(token: string): number {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const t = token.toLowerCase();
  for (let k = 0; k < t.length; k++) {
    const v = map[t[k]];
    const next = map[t[k + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A section number or list enumerator at the start of `s`, or null. */
export function readEnum(s: string): Marker | null {
  const first = s.charCodeAt(0);
  // Most lines start with a letter of a word: only a few letters or digits can start a marker.
  const word = first !== 40 && (first < 48 || first > 57) && s.length > 2 && /^(?:§|[A-Za-z\u00C0-\u024F]{2,}[\s.])/.test(s) ? WORD_NUMBER.exec(s) : null;
  if (word && word[1].length < s.length) {
    const label = word[1].replace(/\s+/g, ' ').replace(/\.$/, '');
    const num = /(\d+)(?:\.\d+)*[^\d]*$/.exec(label);
    return { type: 'enum', char: '', kind: 'word', wrap: '.', label, value: num ? Number(num[1]) : 0, depth: 1, body: word[2] ?? '', weak: false };
  }
  if (first !== 40 && !(first >= 48 && first <= 57) && !/^[A-Za-z]{1,7}[.):\s]/.test(s)) return null;
  const m = ENUM.exec(s);
  if (!m) return null;
  const [, open, token, sepRaw, body] = m;
  const sep = sepRaw.trim();
  if (body === '' && sep === '') return null;
  if (open && sep !== ')') return null;
  const dotted = token.includes('.');
  const digits = /^\d/.test(token);
  let kind: EnumKind;
  let value: number;
  let roman: number | undefined;
  if (digits) {
    kind = dotted ? 'dotted' : 'num';
    // `2.0` is section 2: the last part that is not a trailing zero counts.
    const parts = token.replace(/(\.0)+$/, '').split('.');
    value = Number(parts[parts.length - 1]);
  } else if (token.length === 1) {
    const upper = token === token.toUpperCase();
    kind = upper ? 'ALPHA' : 'alpha';
    value = token.toLowerCase().charCodeAt(0) - 96;
    if (ROMAN.test(token)) roman = romanValue(token);
  } else if (ROMAN.test(token) && (token === token.toUpperCase() || token === token.toLowerCase())) {
    kind = token === token.toUpperCase() ? 'ROMAN' : 'roman';
    value = romanValue(token);
  } else return null;
  // What may follow each kind of number: `1.1 Title` needs no dot, `3  Title` needs two spaces.
  if (sep === '') {
    const spaces = s.startsWith('  ', open.length + token.length);
    if (!(dotted || (spaces && (digits || kind === 'ROMAN')))) return null;
  }
  if (dotted && sep === ')') return null;
  if (sep === ':' && !digits) return null;
  if (kind === 'dotted' && /^0\./.test(token)) return null;
  const depth = dotted ? token.replace(/(\.0)+$/, '').split('.').length : 1;
  if (dotted && token.split('.').every((p) => p === '0')) return null;
  const wrap = open ? '()' : sep === ')' ? ')' : sep === '' && !dotted ? '' : '.';
  // `A. Smith`, `a. m.`, `3  apples`: ordinary text can start like this.
  // `220 – 1133 Melville Street` in an address: a number set off by a dash needs a sibling too.
  const weak =
    (!open && sep !== ')' && (kind === 'alpha' || kind === 'ALPHA' || kind === 'roman' || kind === 'ROMAN') && sep !== '-' && sep !== '–' && sep !== '—') ||
    (sep === '' && !dotted) ||
    (digits && !dotted && /^[-–—]$/.test(sep));
  return { type: 'enum', char: '', kind, wrap, label: token, value, roman, depth, body, weak };
}

function bullet(s: string): Marker | null {
  const b = BULLET.exec(s);
  if (b) {
    // `*emphasis* text` is not a bullet.
    if (b[1] === '*' && /^\*\S/.test(s)) return null;
    return { type: 'bullet', char: b[1] === '–' || b[1] === '—' ? '–' : b[1], kind: null, wrap: '', label: '', value: 0, depth: 0, body: b[2] ?? '', weak: false };
  }
  const o = O_BULLET.exec(s);
  if (o) return { type: 'bullet', char: 'o', kind: null, wrap: '', label: '', value: 0, depth: 0, body: o[1] ?? '', weak: true };
  return null;
}

export function splitRow(line: string): string[] {
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

export function classify(raw: string): Line {
  const end = raw.trimEnd();
  if (!end) return { kind: 'blank', indent: 0, text: '' };
  const text = end.trimStart();
  const indent = end.length - text.length;
  const c = text[0];
  if (c === '#' && indent <= 3) {
    const atx = /^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?$/.exec(text);
    if (atx) return { kind: 'atx', indent, text: atx[2] ?? '', level: atx[1].length };
  }
  if (text.includes('|')) {
    if (text.includes('-') && SEPARATOR.test(text)) return { kind: 'separator', indent, text };
    if (c === '|' && text.endsWith('|') && text.length > 2) return { kind: 'row', indent, text, cells: splitRow(text) };
  }
  if ((c === '-' || c === '*' || c === '_') && /^([-*_])( *\1){2,}$/.test(text)) return { kind: 'rule', indent, text };
  const marker = bullet(text) ?? readEnum(text);
  if (marker) return { kind: 'marker', indent, text, marker };
  return { kind: 'text', indent, text };
}
