import type { PolicyDate } from './policy-types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** ISO, day-first or month-first numeric, "May 8, 2026", "8 May 2026". */
export const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4})(?![\\p{L}\\p{N}])`,
  'iu',
);
const PAIR = new RegExp(`([^():\\d][^():\\d]{0,48}?)\\s*:?\\s*${DATE.source}`, 'giu');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A written date as ISO `YYYY-MM-DD`, or null. Numeric dates are read day first
 * (`30-07-2022`) unless `monthFirst`; a date that only works one way is read that way.
 */
export function toIsoDate(text: string, monthFirst = false): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    if (a > 12) return valid(y, b, a);
    if (b > 12) return valid(y, a, b);
    return monthFirst ? valid(y, a, b) : valid(y, b, a);
  }
  const words = text.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const month = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && /^[a-z]+$/.test(w));
  const nums = words.filter((w) => /^\d+$/.test(w)).map(Number);
  if (month < 0 || nums.length !== 2) return null;
  const [day, year] = nums[0] > 31 ? [nums[1], nums[0]] : nums;
  return valid(year, MONTHS.indexOf(words[month].slice(0, 3)) + 1, day);
}

/**
 * Reads a line that is only labelled dates — `Last updated : 2026-05-24`,
 * `Effective Date: 30-07-2022 (Updated: 12-01-2025)` — into its dates; null for any
 * other line.
 */
export function readDateLine(line: string, monthFirst = false): PolicyDate[] | null {
  // A date line is short and has a year: most lines are ruled out without the big pattern.
  if (line.length > 200 || !/\d{4}/.test(line)) return null;
  const dates: PolicyDate[] = [];
  let rest = line;
  for (const m of line.matchAll(PAIR)) {
    const label = m[1].replace(/^[\s(,;–—-]+|[\s:–—-]+$/g, '').trim();
    const date = toIsoDate(m[2].trim(), monthFirst);
    if (!label || !date || !/[a-z]/i.test(label)) return null;
    dates.push({ label, date, text: m[2].trim() });
    rest = rest.replace(m[0], '');
  }
  return dates.length && /^[\s().,;:–—-]*$/.test(rest) ? dates : null;
}
