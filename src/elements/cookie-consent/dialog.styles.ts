import { cssText } from '../shared/css-text.js';

/**
 * The preferences dialog's own styles, loaded with the dialog (the first layer does not
 * need them). The colours, buttons and focus ring come from the element's styles.
 */
export const dialogCss = cssText`
  dialog {
    inline-size: min(var(--pe-dialog-max-width, 42em), 100% - 2 * var(--_gap));
    max-inline-size: none;
    max-block-size: calc(100dvh - 2 * var(--_gap));
    container-type: inline-size;
  }
  dialog::backdrop {
    background: var(--pe-color-backdrop, #0008);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
  }
  .close {
    flex: none;
    /* 2.75em of the dialog's text at this 1.5 times larger size, both ways. */
    min-inline-size: 1.84em;
    min-block-size: 1.84em;
    padding: 0;
    font-size: 1.5em;
    line-height: 1;
  }
  .intro {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  section {
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_line);
  }
  section p {
    margin: 0.25em 0;
  }
  .always {
    font-weight: 400;
    color: var(--_muted);
  }
  /* The switch: a native checkbox (role="switch") drawn as a track with a thumb. */
  .switch {
    flex: none;
    appearance: none;
    position: relative;
    box-sizing: border-box;
    inline-size: 3em;
    block-size: 1.75em;
    margin: 0;
    border: 2px solid var(--_line);
    border-radius: 1em;
    background: var(--_bg);
    cursor: pointer;
    transition: background-color 0.15s;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset-block: 2px;
    inset-inline-start: 2px;
    inline-size: calc(1.75em - 8px);
    border-radius: 50%;
    background: var(--_line);
    transition: inset-inline-start 0.15s;
  }
  .switch:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch:checked::before {
    inset-inline-start: calc(100% - 1.75em + 6px);
    background: var(--_on-accent);
  }
  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  table {
    inline-size: 100%;
    margin-block-start: 0.5em;
    font-size: 0.875em;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.25em 0.5em 0.25em 0;
    padding-inline: 0 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  th {
    border-block-end: 1px solid var(--_line);
  }
  /* A narrow dialog (a phone): each cookie becomes a card, each value under its column's name. */
  @container (max-width: 30em) {
    thead {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    tr {
      display: grid;
      grid-template-columns: fit-content(50%) 1fr;
      column-gap: 0.5em;
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_line);
    }
    tr:last-child {
      border-block-end: 0;
    }
    /* Each cell spans the row and lines its label and value up with the other cells'. */
    td {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      padding: 0.125em 0;
    }
    td::before {
      content: attr(data-label);
      font-weight: 600;
      overflow-wrap: normal;
    }
  }
  .foot {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: 0.75em;
    padding-block-start: var(--_gap);
  }
  @media (forced-colors: active) {
    .switch {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Canvas;
    }
    .switch::before {
      background: ButtonText;
    }
    .switch:checked {
      background: Highlight;
      border-color: Highlight;
    }
    .switch:checked::before {
      background: HighlightText;
    }
    .switch:disabled {
      opacity: 1;
      border-color: GrayText;
      background: GrayText;
    }
    .switch:disabled::before {
      background: Canvas;
    }
  }
`;
