import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentMessages } from '../../core/i18n/messages.js';
import type { CategoryView } from './view-model.js';

export { categoryViews } from './view-model.js';
export { dialogStyles } from './dialog.styles.js';

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
 * The modal preferences dialog of `<cookie-consent>`: a private sub-view, not public API,
 * imported (with its styles and view model) only when the visitor opens the preferences.
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
        <button type="button" class="close" part="close-button" aria-label=${t.close} @click=${on.close}>×</button>
      </div>
      <p class="intro">${t.dialogText}</p>
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
        <label id="${id}-l" for=${id}>${c.label}${c.required ? html`${' '}<span class="always">(${t.alwaysOn})</span>` : nothing}</label>
        <input
          class="switch"
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
        ? renderCookies(t, c)
        : nothing}
    </section>
  `;
}

/**
 * A category's cookies. On a narrow dialog each row becomes a small card, each value under
 * its column's name (CSS, from `data-label`); the explicit roles keep it a table for
 * screen readers when the display changes. Values are the site's data (`_ga_…`, `1 year`):
 * each is isolated, so a right-to-left dialog does not reorder it.
 */
function renderCookies(t: ConsentMessages, c: CategoryView): TemplateResult {
  const headers = [t.cookieName, t.cookieProvider, t.cookiePurpose, t.cookieDuration];
  return html`<table part="cookie-table" role="table" aria-label=${c.label}>
    <thead role="rowgroup">
      <tr role="row">
        ${headers.map((h) => html`<th scope="col" role="columnheader">${h}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${c.cookies.map((k) => html`<tr role="row">${k.map((v, i) => html`<td role="cell" data-label=${headers[i]}><bdi>${v}</bdi></td>`)}</tr>`)}
    </tbody>
  </table>`;
}
