import { css } from 'lit';

export const styles = css`
  :host {
    --_surface: var(--pe-color-surface, #ffffff);
    --_text: var(--pe-color-text, #1b1b1f);
    --_muted: var(--pe-color-muted, #4a4a55);
    --_accent: var(--pe-color-accent, #1d4ed8);
    --_accent-text: var(--pe-color-accent-text, #ffffff);
    --_border: var(--pe-color-border, #8a8a99);
    --_focus: var(--pe-color-focus, #b45309);
    --_radius: var(--pe-radius, 0.5rem);
    --_shadow: var(--pe-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.25));
    display: contents;
    font-family: var(--pe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pe-font-size, 1rem);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--pe-color-surface, #1e1e24);
      --_text: var(--pe-color-text, #f2f2f5);
      --_muted: var(--pe-color-muted, #c4c4ce);
      --_accent: var(--pe-color-accent, #93b4ff);
      --_accent-text: var(--pe-color-accent-text, #0b1533);
      --_border: var(--pe-color-border, #8a8a99);
      --_focus: var(--pe-color-focus, #fbbf24);
    }
  }
  [hidden] {
    display: none !important;
  }
  .banner {
    position: fixed;
    z-index: var(--pe-z-index, 2147483000);
    inset-inline: 0;
    bottom: 0;
    box-sizing: border-box;
    max-width: var(--pe-banner-max-width, 64rem);
    max-height: 80vh;
    overflow: auto;
    margin: 0 auto var(--pe-banner-offset, 1rem);
    width: calc(100% - 2rem);
    padding: 1.25rem 1.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: pe-rise 180ms ease-out;
    }
    @keyframes pe-rise {
      from {
        transform: translateY(1rem);
        opacity: 0;
      }
    }
  }
  .title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    font-size: 1.05em;
  }
  .message {
    margin: 0 0 1rem;
    color: var(--_text);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.75rem;
  }
  .actions.single {
    grid-template-columns: repeat(2, minmax(0, max-content));
  }
  @media (max-width: 36rem) {
    .banner {
      width: 100%;
      margin-bottom: 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
      padding: 1rem;
    }
    .actions {
      grid-template-columns: 1fr;
    }
  }
  button {
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  /* Accept all and Reject all: one class, so equal size and weight by construction. */
  .choice {
    color: var(--_accent-text);
    background: var(--_accent);
    border: 2px solid var(--_accent);
  }
  .secondary {
    color: var(--_accent);
    background: transparent;
    border: 2px solid currentColor;
  }
  button:hover {
    filter: brightness(1.1);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog {
    box-sizing: border-box;
    width: min(40rem, calc(100% - 2rem));
    max-height: calc(100% - 2rem);
    padding: 0;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 1.5rem 0;
  }
  .dialog-header h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .close {
    min-width: 2.75rem;
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    font-size: 1.25em;
    line-height: 1;
  }
  .dialog-body {
    padding: 0 1.5rem;
  }
  .category {
    padding: 1rem 0;
    border-top: 1px solid var(--_border);
  }
  .category-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .category-head label {
    font-weight: 700;
  }
  .category p {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
  }
  .always {
    font-size: 0.875em;
    color: var(--_muted);
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::after {
    content: '';
    position: absolute;
    top: 0.125rem;
    inset-inline-start: 0.125rem;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_muted);
  }
  input[role='switch']:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input[role='switch']:checked::after {
    inset-inline-start: 1.375rem;
    background: var(--_accent-text);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: no-preference) {
    input[role='switch']::after {
      transition: inset-inline-start 120ms ease-out;
    }
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .dialog-footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    padding: 1rem 1.5rem 1.25rem;
    border-top: 1px solid var(--_border);
  }
  .dialog-footer .choice {
    flex: 1 1 8rem;
  }
  @media (forced-colors: active) {
    .choice,
    .secondary,
    input[role='switch'] {
      border: 2px solid ButtonText;
    }
    input[role='switch']:checked::after {
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
