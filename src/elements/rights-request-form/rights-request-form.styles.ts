import { css } from '../shared/css.js';

export const styles = css`
  :host {
    display: block;
    position: relative;
    z-index: var(--pe-z-index, auto);
    max-inline-size: var(--pe-form-max-width, 40rem);
    color: var(--pe-color-text, inherit);
    font-family: var(--pe-font-family, inherit);
    font-size: var(--pe-font-size, inherit);
    line-height: var(--pe-line-height, 1.5);
  }
  .field {
    margin: 0 0 1.25rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  legend,
  label[part~='label'] {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .optional,
  .hint {
    font-weight: 400;
    color: var(--pe-color-muted, inherit);
    opacity: 0.85;
  }
  .hint {
    margin: 0 0 0.35rem;
    font-size: 0.9em;
  }
  input:not([type]),
  input[type='text'],
  input[type='email'],
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.65rem;
    font: inherit;
    color: var(--pe-color-text, FieldText);
    background: var(--pe-color-surface, Field);
    border: 1px solid var(--pe-color-border, #767676);
    border-radius: var(--pe-radius, 0.375rem);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.6rem;
    align-items: start;
    margin: 0.4rem 0;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--pe-color-accent, #1d4ed8);
  }
  .choice .hint,
  .choice .error {
    grid-column: 2;
  }
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border: 2px solid var(--pe-color-error, #b3261e);
  }
  .error {
    margin: 0.35rem 0 0;
    color: var(--pe-color-error, #b3261e);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--pe-color-accent-text, #fff);
    background: var(--pe-color-accent, #1d4ed8);
    border: 2px solid var(--pe-color-accent, #1d4ed8);
    border-radius: var(--pe-button-radius, var(--pe-radius, 0.375rem));
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--pe-color-focus, light-dark(#b45309, #fbbf24));
    outline-offset: 2px;
  }
  .status:empty {
    display: none;
  }
  .status.failed {
    color: var(--pe-color-error, #b3261e);
    font-weight: 600;
  }
  .confirmation {
    padding: var(--pe-spacing, 1rem) 1.25rem;
    border: 2px solid var(--pe-color-success, #1b7f3b);
    border-radius: var(--pe-radius, 0.5rem);
  }
  .confirmation h2 {
    margin: 0 0 0.5rem;
    font-size: 1.2em;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
