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

/** The modal preferences dialog of `<cookie-consent>`: a private sub-view, not public API. */
export function renderPreferences(
  t: ConsentMessages,
  categories: CategoryView[],
  on: PreferencesHandlers,
  locale: { lang: string; dir: string },
): TemplateResult {
  return html`
    <dialog
      part="dialog"
      aria-labelledby="pe-dialog-title"
      aria-describedby="pe-dialog-text"
      lang=${locale.lang}
      dir=${locale.dir}
      @keydown=${on.keydown}
      @cancel=${on.cancel}
    >
      <header>
        <h2 id="pe-dialog-title">${t.dialogTitle}</h2>
        <button type="button" class="close" part="close-button" aria-label=${t.close} @click=${on.close}>×</button>
      </header>
        <p id="pe-dialog-text">${t.dialogText}</p>
        ${categories.map((c) => renderCategory(t, c, on))}
      <footer>
        <button type="button" class="choice" part="reject-button" @click=${on.rejectAll}>${t.rejectAll}</button>
        <button type="button" class="choice" part="accept-button" @click=${on.acceptAll}>${t.acceptAll}</button>
        <button type="button" part="save-button" @click=${on.save}>${t.saveChoices}</button>
      </footer>
    </dialog>
  `;
}

function renderCategory(t: ConsentMessages, c: CategoryView, on: PreferencesHandlers): TemplateResult {
  const id = `pe-category-${c.id}`;
  return html`
    <section part="category" data-category=${c.id} aria-labelledby="${id}-label">
      <div class="head">
        <label id="${id}-label" for=${id}>${c.label}</label>
        <span class="category-switch">
          ${c.required ? html`<span class="note" id="${id}-always">${t.alwaysOn}</span>` : nothing}
          <input
            id=${id}
            type="checkbox"
            role="switch"
            part="category-toggle"
            aria-describedby="${id}-description ${c.required ? `${id}-always` : ''}"
            .checked=${c.checked}
            ?disabled=${c.required}
            @change=${(e: Event) => on.toggle(c.id, (e.target as HTMLInputElement).checked)}
          />
        </span>
      </div>
      <p id="${id}-description">${c.description}</p>
      ${c.cookies.length
        ? html`<div class="scroll">
            <table part="cookie-table">
              <caption>${t.cookiesCaption(c.label)}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.cookieName}</th>
                  <th scope="col">${t.cookieProvider}</th>
                  <th scope="col">${t.cookiePurpose}</th>
                  <th scope="col">${t.cookieDuration}</th>
                </tr>
              </thead>
              <tbody>
                ${c.cookies.map(
                  (k) => html`<tr>
                    <td><code>${k.name}</code></td>
                    <td>${k.provider}</td>
                    <td>${k.purpose}</td>
                    <td>${k.duration}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="note">${t.noCookies}</p>`}
    </section>
  `;
}
