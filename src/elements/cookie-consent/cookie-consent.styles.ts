import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--pe-color-surface, #fff);
    --_fg: var(--pe-color-text, #1b1b1f);
    --_muted: var(--pe-color-muted, #4a4a55);
    --_accent: var(--pe-color-accent, #1d4ed8);
    --_on-accent: var(--pe-color-accent-text, #fff);
    --_line: var(--pe-color-border, #8a8a99);
    --_focus: var(--pe-color-focus, #b45309);
    --_r: var(--pe-radius, 0.5rem);
    display: contents;
    font: var(--pe-font-size, 1rem) / 1.5 var(--pe-font-family, system-ui, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--pe-color-surface, #1e1e24);
      --_fg: var(--pe-color-text, #f2f2f5);
      --_muted: var(--pe-color-muted, #c4c4ce);
      --_accent: var(--pe-color-accent, #93b4ff);
      --_on-accent: var(--pe-color-accent-text, #0b1533);
      --_focus: var(--pe-color-focus, #fbbf24);
    }
  }
  .banner,
  dialog {
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_r);
    box-shadow: 0 0.25rem 1.5rem #0004;
  }
  .banner {
    position: fixed;
    z-index: var(--pe-z-index, 2147483000);
    inset: auto 0 var(--pe-banner-offset, 1rem);
    width: calc(100% - 2rem);
    max-width: var(--pe-banner-max-width, 64rem);
    max-height: 80vh;
    overflow: auto;
    margin: auto;
    padding: 1.25rem 1.5rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: rise 0.2s ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(1rem);
        opacity: 0;
      }
    }
  }
  p {
    margin: 0 0 1rem;
  }
  .title {
    margin: 0;
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.75rem;
  }
  .single {
    grid-template-columns: repeat(2, max-content);
  }
  @media (max-width: 36rem) {
    .banner {
      inset: auto 0 0;
      width: 100%;
      padding: 1rem;
    }
    .actions {
      grid-template-columns: 1fr;
    }
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: 2px solid;
    border-radius: calc(var(--_r) * 0.75);
    cursor: pointer;
  }
  /* Accept all and Reject all share one class: equal size and weight by construction. */
  .choice {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog {
    width: min(40rem, calc(100% - 2rem));
    padding: 1rem 1.5rem;
  }
  dialog::backdrop {
    background: #0008;
  }
  header,
  .head,
  footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .close {
    color: var(--_fg);
    font-size: 1.25em;
  }
  dialog section {
    padding: 1rem 0;
    border-bottom: 1px solid var(--_line);
  }
  label {
    font-weight: 700;
  }
  .note,
  dialog section p {
    margin: 0.25rem 0;
    color: var(--_muted);
  }
  input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0 0 0 0.5rem;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption,
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    text-align: start;
    vertical-align: top;
  }
  td {
    border-top: 1px solid var(--_line);
  }
  footer {
    flex-wrap: wrap;
    justify-content: flex-end;
    padding-top: 1rem;
  }
  footer .choice {
    flex: 1 1 8rem;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
