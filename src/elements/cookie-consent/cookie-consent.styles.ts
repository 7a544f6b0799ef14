import { css } from '../shared/css.js';

export const styles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--pe-color-surface, light-dark(#fff, #1e1e24));
    --_fg: var(--pe-color-text, light-dark(#1b1b1f, #f2f2f5));
    --_accent: var(--pe-color-accent, light-dark(#1d4ed8, #93b4ff));
    --_line: var(--pe-color-border, #8a8a99);
    --_r: var(--pe-radius, 0.5rem);
    font: var(--pe-font-size, 1rem) / 1.5 var(--pe-font-family, system-ui, sans-serif);
  }
  .banner,
  dialog {
    box-sizing: border-box;
    width: calc(100% - 2rem);
    max-height: 85vh;
    padding: 1rem 1.5rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_r);
    box-shadow: 0 0.25rem 1.5rem #0004;
  }
  .banner {
    position: fixed;
    z-index: var(--pe-z-index, 2147483000);
    inset: auto 0 1rem;
    max-width: var(--pe-banner-max-width, 64rem);
    margin: auto;
    overflow: auto;
  }
  p {
    margin: 0 0 1rem;
  }
  a {
    color: var(--_accent);
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: 2px solid;
    border-radius: var(--_r);
  }
  /* Accept all and Reject all share one class: equal size and weight by construction. */
  .choice {
    color: var(--pe-color-accent-text, light-dark(#fff, #0b1533));
    background: var(--_accent);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--pe-color-focus, light-dark(#b45309, #fbbf24));
    outline-offset: 2px;
  }
  dialog {
    max-width: 40rem;
  }
  dialog::backdrop {
    background: #0008;
  }
  .head,
  .foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75rem;
  }
  section {
    padding: 1rem 0;
    border-bottom: 1px solid var(--_line);
    overflow-x: auto;
  }
  h2,
  .title,
  label {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  section p {
    margin: 0.25rem 0;
  }
  input {
    width: 1.5rem;
    height: 1.5rem;
    accent-color: var(--_accent);
  }
  table {
    width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
  }
  .foot {
    padding-top: 1rem;
  }
  .foot button {
    flex: 1;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
