import type { PolicyDate } from './policy-types.js';
import { stripAccents } from './slug.js';

/** Lower case, accents gone: `März` → `marz`, `Février` → `fevrier`. */
export function fold(text: string): string {
  return stripAccents(text.toLowerCase()).replace(/ł/g, 'l');
}

/**
 * Month names and their usual abbreviations in the eight languages the library speaks
 * (Polish in the genitive a date uses, and the nominative), folded.
 */
const MONTH_WORDS: string[][] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'stycznia', 'styczen', 'sty'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'februari', 'fevereiro', 'lutego', 'luty', 'lut'],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'marco', 'marca', 'marzec'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecien', 'kwi'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maja', 'maj'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpien', 'sie'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'wrzesnia', 'wrzesien', 'wrz'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'pazdziernika', 'pazdziernik', 'paz'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzien', 'gru'],
];
const MONTHS = new Map<string, number>();
MONTH_WORDS.forEach((names, k) => names.forEach((n) => MONTHS.set(n, k + 1)));

/** The month a word names, 1–12, or 0. */
export function monthOf(word: string): number {
  return MONTHS.get(fold(word).replace(/\.$/, '')) ?? 0;
}

const DAY = '\\d{1,2}(?:st|nd|rd|th|er|e|º|°|ª|\\.º|\\.)?';
/** A month's name: letters of the Latin script, which all eight languages write in. */
const WORD = '[A-Za-z\\u00C0-\\u024F]{3,}\\.?';
/** What may stand before and after a date: white space and punctuation, never a letter or digit of any script. */
const BEFORE = '(?<=^|[\\s(\\[:;,.–—*_"\'«„“])';
const AFTER = '(?=$|[\\s).,;:!?*_"\'»”\\]–—-])';
/**
 * A written date: ISO, numeric (`01.03.2026`, `03/01/2026`), or with the month's name in
 * any of the eight languages — `1 February 2026`, `February 1st, 2026`, `the 1st of
 * February 2026`, `1. März 2026`, `1er mars 2026`, `1 de marzo de 2026`, `3 marca 2026 r.`
 * No Unicode classes and no `i` flag: such patterns take milliseconds to compile, and V8
 * compiles them again after its garbage collector drops the code.
 */
export const DATE = new RegExp(
  `${BEFORE}(\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s*r\\.)?|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}(?:\\s*r\\.)?|(?:[Tt]he\\s+)?${DAY}\\s*(?:of\\s+|de\\s+)?${WORD},?\\s+(?:de\\s+|del\\s+)?\\d{4}(?:\\s*r\\.)?|${WORD}\\s+${DAY},?\\s+\\d{4})${AFTER}`,
);
const PAIR = new RegExp(`([^():\\d][^():\\d]{0,60}?)??\\s*:?\\s*${DATE.source}`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y < 2200 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A written date as ISO `YYYY-MM-DD`, or null. Numeric dates are read day first
 * (`30-07-2022`, `01.03.2026`) unless `monthFirst` (for `/` and `-`); a date that only
 * works one way is read that way.
 */
export function toIsoDate(text: string, monthFirst = false): string | null {
  text = text.replace(/\s*r\.$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1], +m[3], +m[4]];
    if (a > 12) return valid(y, b, a);
    if (b > 12) return valid(y, a, b);
    return monthFirst && m[2] !== '.' ? valid(y, a, b) : valid(y, b, a);
  }
  const words = text
    .replace(/\s*r\.$/, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  let month = 0;
  const nums: number[] = [];
  for (const w of words) {
    const n = /^(\d+)/.exec(w);
    if (n && /^\d+(?:st|nd|rd|th|er|e|º|°|ª|\.º|\.)?$/i.test(w)) nums.push(Number(n[1]));
    else if (!month) month = monthOf(w);
  }
  if (!month || nums.length !== 2) return null;
  const [day, year] = nums[0] > 31 ? [nums[1], nums[0]] : nums;
  return valid(year, month, day);
}

/** Labels that say a date is the policy's own, in the eight languages (folded). */
const DATE_LABEL =
  /updated|update|effective|revised|revision|review|modified|approv|adopt|genehmig|beschlossen|aprova|aprob|approuv|approvat|goedgekeurd|zatwierdz|wytworz|publika|publicad|publicat|published|valid|version|published|as of|in force|stand|aktualisier|gultig|gueltig|fassung|datum|mise a jour|mis a jour|vigueur|applicable|actualiza|vigor|vigente|modificaci|fecha|aggiorna|vigore|data|bijgewerkt|gewijzigd|ingang|versie|atualiza|aktualiz|obowiazuje|wersja|zmian/;

export function isDateLabel(label: string): boolean {
  return DATE_LABEL.test(fold(label));
}

/** Four digits in a row: most lines have none, and a plain loop says so fastest. */
function hasFourDigits(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/**
 * Reads a line that is only labelled dates — `Last updated : 2026-05-24`, `Stand: 1. März
 * 2026`, `En vigueur le 1er mars 2026`, `**Last updated:** 3 March 2026`, `Effective Date:
 * 30-07-2022 (Updated: 12-01-2025)` — into its dates; null for any other line.
 */
export function readDateLine(line: string, monthFirst = false): PolicyDate[] | null {
  // A date line is short and has a year: most lines are ruled out without the big pattern.
  if (line.length > 200 || !hasFourDigits(line)) return null;
  const year = /(?<!\d)(?:19|20|21)\d\d(?!\d)/.exec(line);
  if (!year) return null;
  // Around its year the line must hold a date; only then is the whole line read.
  if (!DATE.test(line.slice(Math.max(0, year.index - 40), year.index + 12).replace(/[*_]+/g, ' '))) return null;
  // Markdown emphasis around the label or the date is not part of either; a version before
  // it (`Version 2.1 — Effective March 1, 2026`) is kept in the first label.
  const emphasis = line.replace(/[*_]+/g, ' ').replace(/\s+/g, ' ').trim();
  const version = /^(?:version|versión|versione|versie|versão|wersja|fassung)\s+v?[\d.]+\s*[—–,|·-]\s*/i.exec(emphasis)?.[0] ?? '';
  const plain = emphasis.slice(version.length);
  const dates: PolicyDate[] = [];
  let rest = plain;
  // `exec` on the one compiled pattern: `matchAll` copies the pattern, and a copy of one with
  // Unicode classes costs milliseconds each time.
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(plain); m; m = PAIR.exec(plain)) {
    const label = (m[1] ?? '').replace(/^[\s(,;–—-]+|[\s:–—-]+$/g, '').trim();
    const text = m[2].trim();
    const date = toIsoDate(text, monthFirst);
    if (!label || !date || !/[A-Za-z\u00C0-\u024F]/.test(label) || label.split(' ').length > 8) return null;
    dates.push({ label: dates.length ? label : version + label, date, text });
    rest = rest.replace(m[0], '');
  }
  return dates.length && /^[\s().,;:–—-]*$/.test(rest) ? dates : null;
}
