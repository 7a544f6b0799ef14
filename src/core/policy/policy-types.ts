/**
 * A parsed privacy policy: plain JSON, nothing in it is HTML. Produced by
 * `parsePolicy(text)`; `<privacy-policy>` renders it.
 */
export interface PolicyDocument {
  /** The document's title line, if it has one. */
  title: string | null;
  /** Dates such as "Last updated", as ISO `YYYY-MM-DD`, with the label and text they had. */
  dates: PolicyDate[];
  /** Blocks before the first section (an introduction). */
  blocks: Block[];
  sections: Section[];
}

export interface PolicyDate {
  label: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** The date as written, e.g. `30-07-2022` or `May 8, 2026`. */
  text: string;
}

export interface Section {
  /** Stable, unique anchor: `2-1-personal-data`, or the title alone for unnumbered headings. */
  slug: string;
  /** The number as written (`2`, `2.1`, `9` after `7`), or null. */
  number: string | null;
  title: string;
  /** Depth in the tree, 1 for top-level sections. */
  level: number;
  blocks: Block[];
  children: Section[];
}

export type Block = Paragraph | List | Table;

export interface Paragraph {
  type: 'paragraph';
  content: Inline[];
}

export interface List {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start?: number;
  /** How an ordered list is numbered when not with digits: `(a)`, `A.`, `(i)`, `IV.`. */
  style?: ListStyle;
  items: ListItem[];
}

export type ListStyle = 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

export interface ListItem {
  content: Inline[];
  /** The item's number in an ordered list, when it is not the next one. */
  value?: number;
  /** A nested list, where the text nests. */
  children?: List;
}

export interface Table {
  type: 'table';
  header: Inline[][];
  rows: Inline[][][];
}

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  /** `href` is always http:, https:, mailto: or a relative URL. */
  | { type: 'link'; href: string; children: Inline[] };
