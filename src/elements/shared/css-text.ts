/**
 * Tags a static style sheet as a plain string, for code that draws without Lit (the
 * banner's first layer). The build minifies templates whose tag names `css`, this one too.
 */
export const cssText = (strings: TemplateStringsArray): string => strings[0];

const sheets = new Map<string, CSSStyleSheet>();

/** One constructable sheet per text and page, made on first use (never at import: servers have no CSSStyleSheet). */
export function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}
