import type { ConsentMessages } from '../../core/i18n/messages.js';
import type { ConsentRuntime } from '../../integrations/consent-runtime.js';
import { deepActiveElement } from '../shared/focus.js';
import { sheetOf } from '../shared/css-text.js';
import { h, type FirstLayer } from './first-layer.js';
import { categoryViews, type CategoryView } from './view-model.js';
import { dialogCss } from './dialog.styles.js';

/**
 * The modal preferences dialog of `<cookie-consent>`: one switch per category (essential on
 * and disabled), each category's cookie table, Save choices, Accept all, Reject all. Plain
 * DOM, imported (with its styles) only when the visitor opens the preferences, by the Lit
 * element and by the script-tag banner alike. A native modal `<dialog>`: Tab stays inside,
 * Escape and Close return focus to where it was. Its top and bottom rows are plain `<div>`s:
 * a `<header>` or `<footer>` here would add a second banner and contentinfo landmark to the
 * site's page.
 */
export class PreferencesDialog {
  private dialog?: HTMLDialogElement;
  private opener?: HTMLElement | null;

  constructor(
    private readonly layer: FirstLayer,
    private readonly runtime: ConsentRuntime,
  ) {}

  private get root(): ShadowRoot {
    return this.layer.host.shadowRoot!;
  }

  get isOpen(): boolean {
    return !!this.dialog?.open;
  }

  /** Opens the dialog with the visitor's current choices, focus on the first switch. */
  async open(): Promise<void> {
    if (this.isOpen) return;
    this.opener = deepActiveElement(this.layer.host.ownerDocument);
    const layer = this.layer;
    layer.wantsTexts = true;
    layer.schedule();
    await layer.updateComplete;
    // Removed from the page meanwhile, or opened by another call: nothing to do.
    if (!layer.host.isConnected || this.isOpen) return;
    const root = this.root;
    const sheet = sheetOf(dialogCss);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const { store } = this.runtime;
    this.draw(Object.fromEntries(store.config.categories.map((c) => [c.id, store.hasConsent(c.id)])));
    this.dialog!.showModal();
    this.dialog!.querySelector<HTMLElement>('input:enabled,.choice')!.focus();
  }

  /** Closes it; focus goes back to where the visitor was (the footer link, the Customize button). */
  close(): void {
    if (!this.isOpen) return;
    this.dialog!.close();
    // A decision taken in the dialog may remove the banner; the first layer then finds a place on the page.
    if (this.opener?.isConnected) this.opener.focus();
  }

  /** The texts again (the page's language changed while it is open), keeping the switches and the focus. */
  redraw(): void {
    if (!this.isOpen) return;
    const focused = this.root.activeElement;
    const key = focused?.id || focused?.getAttribute('part');
    this.draw(this.choices());
    const again = key ? this.dialog!.querySelector<HTMLElement>(`[id="${key}"],[part="${key}"]`) : null;
    again?.focus();
  }

  private choices(): Record<string, boolean> {
    const choices: Record<string, boolean> = {};
    for (const input of this.dialog?.querySelectorAll<HTMLInputElement>('input.switch') ?? []) choices[input.dataset.category!] = input.checked;
    return choices;
  }

  /** Builds the dialog's contents in the language shown. */
  private draw(choices: Record<string, boolean>): void {
    const { texts } = this.layer;
    const t = texts.t;
    const store = this.runtime.store;
    let dialog = this.dialog;
    if (!dialog?.isConnected) {
      dialog = this.dialog = h('dialog', { part: 'dialog', 'aria-labelledby': 'title' }) as HTMLDialogElement;
      dialog.addEventListener('keydown', this.onKeydown);
      dialog.addEventListener('cancel', (e) => {
        e.preventDefault();
        this.close();
      });
      this.root.append(dialog);
    }
    dialog.lang = texts.lang;
    dialog.dir = texts.dir;
    const button = (part: string, label: string, action: () => unknown, className?: string) => {
      const b = h('button', { type: 'button', part, ...(className ? { class: className } : {}) }, label);
      b.addEventListener('click', () => void action());
      return b;
    };
    const close = button('close-button', '×', () => this.close(), 'close');
    close.setAttribute('aria-label', t.close);
    dialog.replaceChildren(
      h('div', { class: 'head' }, h('h2', { id: 'title' }, t.dialogTitle), close),
      h('p', { class: 'intro' }, t.dialogText),
      ...categoryViews(store.config.categories, choices, t, texts.lang).map((c) => category(t, c)),
      h(
        'div',
        { class: 'foot' },
        button('reject-button', t.rejectAll, () => store.rejectAll('visitor'), 'choice'),
        button('accept-button', t.acceptAll, () => store.acceptAll('visitor'), 'choice'),
        button('save-button', t.saveChoices, () => store.setConsent(this.choices(), 'visitor')),
      ),
    );
  }

  /** Tab and Shift+Tab wrap inside the dialog instead of leaving for the browser's UI. */
  private onKeydown = (e: KeyboardEvent): void => {
    const focusable = [...this.dialog!.querySelectorAll<HTMLElement>('button,input:enabled')];
    const edge = focusable.at(e.shiftKey ? 0 : -1);
    if (e.key === 'Tab' && edge === this.root.activeElement) {
      e.preventDefault();
      focusable.at(e.shiftKey ? -1 : 0)!.focus();
    }
  };
}

function category(t: ConsentMessages, c: CategoryView): HTMLElement {
  const id = `c-${c.id}`;
  const input = h('input', {
    class: 'switch',
    id,
    type: 'checkbox',
    role: 'switch',
    part: 'category-toggle',
    'aria-describedby': `${id}-d`,
    'data-category': c.id,
  }) as HTMLInputElement;
  input.checked = c.checked;
  input.disabled = c.required;
  const label = h('label', { id: `${id}-l`, for: id }, c.label);
  if (c.required) label.append(' ', h('span', { class: 'always' }, `(${t.alwaysOn})`));
  return h(
    'section',
    { part: 'category', 'aria-labelledby': `${id}-l` },
    h('div', { class: 'head' }, label, input),
    h('p', { id: `${id}-d` }, c.description),
    ...(c.cookies.length ? [cookies(t, c)] : []),
  );
}

/**
 * A category's cookies. On a narrow dialog each row becomes a small card, each value under
 * its column's name (CSS, from `data-label`); the explicit roles keep it a table for
 * screen readers when the display changes. Values are the site's data (`_ga_…`, `1 year`):
 * each is isolated, so a right-to-left dialog does not reorder it.
 */
function cookies(t: ConsentMessages, c: CategoryView): HTMLElement {
  const headers = [t.cookieName, t.cookieProvider, t.cookiePurpose, t.cookieDuration];
  return h(
    'table',
    { part: 'cookie-table', role: 'table', 'aria-label': c.label },
    h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, ...headers.map((x) => h('th', { scope: 'col', role: 'columnheader' }, x)))),
    h(
      'tbody',
      { role: 'rowgroup' },
      ...c.cookies.map((row) => h('tr', { role: 'row' }, ...row.map((v, i) => h('td', { role: 'cell', 'data-label': headers[i] }, h('bdi', {}, v))))),
    ),
  );
}
