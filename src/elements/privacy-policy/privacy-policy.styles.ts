import { css } from '../shared/css.js';

export const styles = css`
  :host {
    display: block;
    position: relative;
    z-index: var(--pe-z-index, auto);
    color: var(--pe-color-text, inherit);
    background: var(--pe-color-surface, transparent);
    font-family: var(--pe-font-family, inherit);
    font-size: var(--pe-font-size, inherit);
    line-height: var(--pe-policy-line-height, var(--pe-line-height, 1.6));
  }
  article {
    max-inline-size: var(--pe-policy-max-width, 70ch);
  }
  header {
    margin-block-end: 1.5rem;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    line-height: 1.25;
    margin: 1.75em 0 0.5em;
    scroll-margin-block-start: var(--pe-policy-scroll-margin, 1rem);
  }
  #title {
    margin-block-start: 0;
  }
  .number {
    color: var(--pe-color-muted, inherit);
    font-variant-numeric: tabular-nums;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    color: var(--pe-color-muted, inherit);
    font-weight: 600;
  }
  p,
  ul,
  ol {
    margin: 0 0 1em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  li > ul,
  li > ol {
    margin: 0.25em 0 0;
  }
  ul,
  ol {
    padding-inline-start: 2em;
  }
  a {
    color: var(--pe-color-accent, LinkText);
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 3px solid var(--pe-color-focus, Highlight);
    outline-offset: 2px;
  }
  code {
    font-family: var(--pe-font-family-code, ui-monospace, monospace);
    font-size: 0.9em;
    padding: 0.1em 0.3em;
    border-radius: 0.25em;
    background: var(--pe-color-code, rgb(127 127 127 / 0.15));
    overflow-wrap: anywhere;
  }
  nav {
    margin: 0 0 2rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--pe-color-border, rgb(127 127 127 / 0.5));
    border-radius: var(--pe-radius, 0.5rem);
  }
  .toc-heading {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  nav ol {
    margin: 0;
    padding-inline-start: 1.25rem;
    list-style: none;
  }
  nav > ol {
    padding: 0;
  }
  nav li {
    margin: 0.2em 0;
  }
  .table {
    overflow-x: auto;
    margin: 0 0 1em;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  th,
  td {
    padding: 0.4em 0.75em;
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--pe-color-border, rgb(127 127 127 / 0.5));
  }
  th {
    background: var(--pe-color-table-header, rgb(127 127 127 / 0.12));
  }
  [part='error'] {
    padding: 1rem 1.25rem;
    border: 2px solid var(--pe-color-error, #b3261e);
    border-radius: var(--pe-radius, 0.5rem);
  }
  [part='error'] p {
    margin: 0.25rem 0;
  }
  @media print {
    nav {
      display: none;
    }
    article {
      max-inline-size: none;
    }
    section,
    table {
      break-inside: auto;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
