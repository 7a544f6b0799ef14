import { cssText } from '../shared/css-text.js';

/**
 * Every visual value comes from a `--pe-*` custom property with a fallback (documented on
 * the element and in the README). Logical properties throughout, so `dir="rtl"` mirrors
 * everything; light and dark from `color-scheme` (the page may force either on the element).
 * The font is set on the banner and the dialog, not on the host (a page's `* { all: unset }`
 * reaches the host), and sizes are in em of it: `medium` is the visitor's own default size,
 * whatever the page sets on its root (`html { font-size: 62.5% }` would shrink rem-sized text).
 */
export const bannerCss = cssText`
  :host {
    color-scheme: light dark;
    --_bg: var(--pe-color-surface, light-dark(#fff, #1e1e24));
    --_fg: var(--pe-color-text, light-dark(#1b1b1f, #f2f2f5));
    --_muted: var(--pe-color-muted, light-dark(#4a4a57, #c4c4cf));
    --_accent: var(--pe-color-accent, light-dark(#1d4ed8, #93b4ff));
    --_on-accent: var(--pe-color-accent-text, light-dark(#fff, #0b1533));
    --_line: var(--pe-color-border, light-dark(#767685, #8a8a99));
    --_r: var(--pe-radius, 0.5em);
    --_gap: var(--pe-spacing, 1em);
  }
  .banner,
  dialog {
    font: var(--pe-font-size, medium) / var(--pe-line-height, 1.5) var(--pe-font-family, system-ui, sans-serif);
    box-sizing: border-box;
    padding: var(--_gap) calc(var(--_gap) * 1.5);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_r);
    box-shadow: var(--pe-shadow, 0 0.25em 1.5em #0004);
  }
  .banner {
    position: fixed;
    z-index: var(--pe-z-index, 2147483000);
    inset-block-end: var(--_gap);
    inset-inline: var(--_gap);
    /* Less than half a phone's screen; more only when text is zoomed so far that it needs it. */
    max-block-size: max(48dvh, 12em);
    overflow: auto;
    overscroll-behavior: contain;
    container-type: inline-size;
  }
  .bar {
    max-inline-size: var(--pe-banner-max-width, 64em);
    margin-inline: auto;
  }
  .box {
    inset-inline-start: auto;
    inline-size: min(var(--pe-box-width, 24em), 100% - 2 * var(--_gap));
  }
  .center {
    inset: 0;
    margin: auto;
    block-size: fit-content;
    inline-size: min(var(--pe-center-width, 34em), 100% - 2 * var(--_gap));
  }
  /* Out of the way of the element that has keyboard focus (WCAG 2.2, 2.4.11). */
  .banner.dodge-top {
    inset-block: var(--_gap) auto;
    margin-block: 0;
  }
  .banner.dodge-bottom {
    inset-block: auto var(--_gap);
    margin-block: 0;
  }
  .title,
  h2,
  label {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  .title {
    margin-block-end: 0.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* The buttons stay in view when the text has to scroll (a small screen, large text). */
  .actions {
    position: sticky;
    inset-block-end: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: 0.75em;
    padding-block-start: 0.25em;
    background: var(--_bg);
    /* A shadow over the text while there is more of it to scroll to (where scroll timelines exist). */
    animation: more linear both;
    animation-timeline: scroll(nearest block);
  }
  @keyframes more {
    from {
      box-shadow: 0 -1em 1em -0.75em #0004;
    }
    to {
      box-shadow: none;
    }
  }
  /* The card in the middle: Reject and Accept side by side, Customize under both. */
  .center .actions {
    grid-template-columns: 1fr 1fr;
  }
  .center .customize {
    grid-column: 1 / -1;
  }
  @container (max-width: 24em) {
    .center .actions {
      grid-template-columns: 1fr;
    }
  }
  @media (max-width: 36rem) {
    .banner {
      padding: 0.75em 1em;
      inset-inline: 0.5em;
      inset-block-end: 0.5em;
    }
    .banner [part='message'] {
      margin-block-end: 0.75em;
      font-size: 0.9375em;
    }
    .actions {
      gap: 0.5em;
    }
    .banner button {
      min-block-size: 2.5em;
    }
  }
  /* A wide bar: text at the start, the three buttons side by side at the end. */
  @container (min-width: 56em) {
    .bar {
      display: grid;
      grid-template-columns: 1fr auto;
      column-gap: calc(var(--_gap) * 2);
      align-items: center;
    }
    .bar .title {
      grid-column: 1 / -1;
    }
    .bar [part='message'] {
      margin: 0;
    }
    .bar .actions {
      grid-template-columns: repeat(3, minmax(9em, 1fr));
    }
  }
  button {
    box-sizing: border-box;
    min-block-size: 2.75em;
    min-inline-size: 0;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    /* Outlined buttons: text in the text colour, readable whatever the brand colour. */
    color: var(--_fg);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: var(--pe-button-radius, var(--_r));
    overflow-wrap: anywhere;
    hyphens: auto;
    cursor: pointer;
  }
  /* Accept all and Reject all share one class: equal size and weight by construction. */
  .choice {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--pe-color-focus, light-dark(#b45309, #fbbf24));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before {
      transition: none !important;
    }
  }
  /* Forced colours: the user's system colours for buttons; the drawn switch keeps its shape in them. */
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
