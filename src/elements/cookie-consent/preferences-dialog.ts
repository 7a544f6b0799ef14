import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentMessages } from '../../core/i18n/messages.js';
import type { CategoryView } from './view-model.js';

export interface PreferencesHandlers {
  toggle(id: string, checked: boolean): void;
  save(): void;
  acceptAll(): void;
  rejectAll(): void;
  close(): void;
  keydown(e: KeyboardEvent): void;
  cancel(e: Event): void;
}

/**
 * The modal preferences dialog of `<cookie-consent>`: a private sub-view, not public API.
 * Its top and bottom rows are plain `<div>`s: a `<header>` or `<footer>` here would add a
 * second banner and contentinfo landmark to the site's page.
 */
export function renderPreferences(
  t: ConsentMessages,
  categories: CategoryView[],
  on: PreferencesHandlers,
  locale: { lang: string; dir: string },
): TemplateResult {
  return html`
    <dialog
      part="dialog"
      aria-labelledby="title"
      lang=${locale.lang}
      dir=${locale.dir}
      @keydown=${on.keydown}
      @cancel=${on.cancel}
    >
      <div class="head">
        <h2 id="title">${t.dialogTitle}</h2>
        <button type="button" part="close-button" aria-label=${t.close} @click=${on.close}>×</button>
      </div>
      ${categories.map((c) => renderCategory(t, c, on))}
      <div class="foot">
        <button type="button" class="choice" part="reject-button" @click=${on.rejectAll}>${t.rejectAll}</button>
        <button type="button" class="choice" part="accept-button" @click=${on.acceptAll}>${t.acceptAll}</button>
        <button type="button" part="save-button" @click=${on.save}>${t.saveChoices}</button>
      </div>
    </dialog>
  `;
}

function renderCategory(t: ConsentMessages, c: CategoryView, on: PreferencesHandlers): TemplateResult {
  const id = `c-${c.id}`;
  return html`
    <section part="category" aria-labelledby="${id}-l">
      <div class="head">
        <label id="${id}-l" for=${id}>${c.label}${c.required ? ` (${t.alwaysOn})` : ''}</label>
        <input
          id=${id}
          type="checkbox"
          role="switch"
          part="category-toggle"
          aria-describedby="${id}-d"
          .checked=${c.checked}
          ?disabled=${c.required}
          @change=${(e: Event) => on.toggle(c.id, (e.target as HTMLInputElement).checked)}
        />
      </div>
      <p id="${id}-d">${c.description}</p>
      ${c.cookies.length
        ? html`<table part="cookie-table" aria-label=${c.label}>
              <tr>
                ${[t.cookieName, t.cookieProvider, t.cookiePurpose, t.cookieDuration].map((h) => html`<th scope="col">${h}</th>`)}
              </tr>
              ${c.cookies.map((k) => html`<tr>${k.map((v) => html`<td>${v}</td>`)}</tr>`)}
            </table>`
        : nothing}
    </section>
  `;
}
