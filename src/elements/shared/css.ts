import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Tags a static style sheet. Like Lit's `css` for literals without interpolations, but
 * without its checks, which the script-tag bundle would otherwise carry. The build
 * minifies templates tagged `css`, this one included.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
