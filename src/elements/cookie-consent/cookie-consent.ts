import { LitElement, html, nothing } from 'lit';
import type { ConsentChange, ConsentRecord } from '../../core/consent/consent-types.js';
import { parseConfigBlock, resolveConsentOptions, type ConsentOptions, type ResolvedConsentOptions } from '../../core/consent/config.js';
import { createConsentStore, type ConsentStore } from '../../core/consent/consent-store.js';
import { sendConsentProof } from '../../core/consent/consent-proof.js';
import type { ConsentMessages } from '../../core/i18n/messages.js';
import { consentModeDefault, consentModeState, consentModeUpdate } from '../../integrations/consent-mode.js';
import { createScriptGate, type ScriptGate } from '../../integrations/script-gate.js';
import { gpcEnabled } from '../../integrations/gpc.js';
import { reportError } from '../shared/diagnostics.js';
import { emit } from '../shared/events.js';
import { deepActiveElement, focusAfterOverlay, scrollToUncover } from '../shared/focus.js';
import { CONFIG_SELECTOR, Texts } from '../shared/texts.js';
import { consent as english } from '../../locales/en.js';
import { categoryViews } from './view-model.js';
import { renderPreferences } from './preferences-dialog.js';
import { styles } from './cookie-consent.styles.js';

const TAG = 'cookie-consent';
export { CONFIG_SELECTOR };

export interface ConsentReadyDetail {
  record: ConsentRecord | null;
}
export interface ConsentChangeDetail {
  record: ConsentRecord;
  changed: string[];
}

/**
 * A cookie-consent banner that keeps analytics off until the visitor agrees.
 *
 * Configuration is read when the element first renders: JS properties win over
 * attributes, which win over the page's `<script type="application/json" data-privacy-elements>` block.
 *
 * @tagname cookie-consent
 * @summary Consent banner and preferences dialog, with script gating, GPC and Consent Mode v2.
 *
 * @attr storage-key - localStorage key of the record (default `cookie-consent`).
 * @attr revision - The site's consent revision; a record of another revision is void (default `1`).
 * @attr expires-days - Days after which the visitor is asked again (default `180`).
 * @attr policy-url - Link to the privacy policy, shown in the banner.
 * @attr consent-endpoint - URL each decision is POSTed to as proof of consent.
 * @attr gpc - `respect` (default) or `ignore` the Global Privacy Control signal.
 * @attr consent-mode - Present: drive Google Consent Mode v2.
 * @attr lang - UI language; otherwise the nearest `[lang]`, `<html lang>`, `navigator.language`.
 * @attr layout - `bar` (full width at the bottom, default), `box` (a card in a bottom corner) or `center` (a card in the middle; the page stays usable).
 *
 * @fires consent-ready - Once after start; `detail: { record }` (`null` when undecided).
 * @fires consent-change - After each decision; `detail: { record, changed }`.
 *
 * @csspart banner - The first layer.
 * @csspart message - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The banner's buttons.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all.
 * @csspart customize-button - Opens the preferences.
 * @csspart dialog - The preferences dialog.
 * @csspart category - One category in the dialog.
 * @csspart category-toggle - A category's switch.
 * @csspart cookie-table - A category's cookie table.
 * @csspart save-button - Save choices.
 * @csspart close-button - Closes the dialog.
 *
 * @cssprop --pe-color-surface - Background of the banner and the dialog.
 * @cssprop --pe-color-text - Text colour.
 * @cssprop --pe-color-muted - Secondary text colour.
 * @cssprop --pe-color-accent - Accept all, Reject all, links and switches.
 * @cssprop --pe-color-accent-text - Text on accent buttons.
 * @cssprop --pe-color-border - Borders and the switch's track.
 * @cssprop --pe-color-focus - Focus ring.
 * @cssprop --pe-color-backdrop - Behind the preferences dialog.
 * @cssprop --pe-font-family - Font.
 * @cssprop --pe-font-size - Base font size (default 1rem).
 * @cssprop --pe-line-height - Line height (default 1.5).
 * @cssprop --pe-radius - Corner radius.
 * @cssprop --pe-button-radius - Button corner radius (default --pe-radius).
 * @cssprop --pe-spacing - Padding unit (default 1rem).
 * @cssprop --pe-shadow - Shadow of the banner and the dialog.
 * @cssprop --pe-z-index - Stacking of the banner.
 * @cssprop --pe-banner-max-width - Widest the bar gets (default 64rem).
 * @cssprop --pe-box-width - Width of the box layout (default 24rem).
 * @cssprop --pe-center-width - Width of the center layout (default 34rem).
 * @cssprop --pe-dialog-max-width - Widest the dialog gets (default 42rem).
 */
export class CookieConsent extends LitElement {
  static override styles = styles;
  static override properties = {
    store: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    revision: {},
    expiresDays: { attribute: 'expires-days', type: Number },
    policyUrl: { attribute: 'policy-url' },
    consentEndpoint: { attribute: 'consent-endpoint' },
    gpc: {},
    consentMode: { attribute: 'consent-mode', type: Boolean },
    layout: {},
    categories: { attribute: false },
    messages: { attribute: false },
    view: { state: true, attribute: false },
    choices: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    dodge: { state: true, attribute: false },
  };

  /** A consent store to use instead of the one the element makes from its configuration. */
  declare store?: ConsentStore;

  /** Which layer shows. */
  private declare view: 'hidden' | 'banner' | 'gpc';
  /** The dialog's switches before Save. */
  private declare choices: Record<string, boolean>;
  /** What the polite live region says after a decision. */
  private declare announcement: string;
  /** The edge the banner has moved to, so as not to cover the focused page element. */
  private declare dodge: '' | 'top' | 'bottom';
  private options?: ResolvedConsentOptions;
  /** The config block's `messages`, read with the rest of the block. */
  private blockMessages?: unknown;
  /** Set while the preferences are being opened: their texts are needed even with no banner. */
  private wantsPreferences = false;
  private readonly texts = new Texts(
    this,
    'consent',
    english,
    () => [this.blockMessages, this.messages],
    () => this.view !== 'hidden' || this.wantsPreferences,
  );
  private gate?: ScriptGate;
  private opener?: HTMLElement | null;
  /** The page element focused last, where focus goes back after a decision made in the banner. */
  private lastPageFocus?: HTMLElement;
  private cleanup?: () => void;

  declare storageKey?: string;
  declare revision?: string;
  declare expiresDays?: number;
  declare policyUrl?: string;
  declare consentEndpoint?: string;
  declare gpc?: 'respect' | 'ignore';
  declare consentMode?: boolean;
  declare layout?: string;
  /** Categories (SPEC's category objects); otherwise from the config block, else essential + analytics. */
  declare categories?: unknown;
  /**
   * Overrides for any of the element's texts: keyed by language (`{ de: { acceptAll: '…' }, sv: {…} }`,
   * which also adds a language), or one set of texts for whatever language is shown.
   */
  declare messages?: Partial<ConsentMessages> | Record<string, Partial<ConsentMessages>>;

  constructor() {
    super();
    this.view = 'hidden';
    this.choices = {};
    this.announcement = '';
    this.dodge = '';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The visitor's current decision, or null while undecided. */
  get record(): ConsentRecord | null {
    return this.started().record;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.options) this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanup?.();
    this.cleanup = undefined;
  }

  protected override willUpdate(): void {
    this.started();
  }

  protected override firstUpdated(): void {
    emit<ConsentReadyDetail>(this, 'consent-ready', { record: this.record });
  }

  /**
   * Reads the configuration and makes the store on first use (first render or first
   * method call), so properties set right after the element is created still count.
   */
  private started(): ConsentStore {
    if (this.options) return this.store!;
    const doc = this.ownerDocument;
    const errors: string[] = [];
    const block = parseConfigBlock(doc.querySelector(CONFIG_SELECTOR)?.textContent, errors);
    const own = {
      storageKey: this.storageKey,
      revision: this.revision,
      expiresDays: this.expiresDays,
      policyUrl: this.policyUrl,
      consentEndpoint: this.consentEndpoint,
      gpc: this.gpc,
      consentMode: this.consentMode || undefined,
      layout: this.layout,
      categories: this.categories,
    } as ConsentOptions;
    // The block's `lang` counts like the element's own attribute, when the element has none.
    if (!this.hasAttribute('lang') && typeof block.lang === 'string' && block.lang) this.setAttribute('lang', block.lang);
    this.blockMessages = block.messages;
    const options = (this.options = resolveConsentOptions([own, block], errors));
    errors.forEach((problem) => reportError(TAG, problem));
    const store = (this.store ??= createConsentStore({ config: options }));
    // Consent Mode's default goes first, before any gated script can run.
    if (options.consentMode) consentModeDefault(this.consentModeState());
    this.listen();
    if (options.gpc === 'respect' && gpcEnabled() && store.applyGpc()) this.view = 'gpc';
    else this.view = store.record ? 'hidden' : 'banner';
    return store;
  }

  private consentModeState() {
    const store = this.store!;
    return consentModeState(
      store.config.categories.map((c) => c.id),
      (id) => store.hasConsent(id),
    );
  }

  /** Wires the store, the script gate and the page listeners; undone on disconnect. */
  private listen(): void {
    if (this.cleanup) return;
    const store = this.store!;
    const doc = this.ownerDocument;
    // One gate per element, so an unknown category is reported once, however often the element is connected.
    const gate = (this.gate ??= createScriptGate({
      isGranted: (id) => store.hasConsent(id),
      isKnown: (id) => store.config.categories.some((c) => c.id === id),
      onUnknown: (id) => reportError(TAG, `unknown consent category "${id}"; its elements stay inert`),
      root: doc,
    }));
    gate.apply();
    gate.observe();
    store.connect();
    doc.addEventListener('click', this.onDocumentClick);
    doc.addEventListener('focusin', this.onDocumentFocus);
    const unsubscribe = store.subscribe(this.onChange);
    this.cleanup = () => {
      unsubscribe();
      store.disconnect();
      gate.disconnect();
      doc.removeEventListener('click', this.onDocumentClick);
      doc.removeEventListener('focusin', this.onDocumentFocus);
    };
  }

  /** One store change: update the view, run newly allowed scripts, tell gtag, the endpoint and the page. */
  private onChange = ({ record, changed, source }: ConsentChange): void => {
    this.view = source === 'gpc' ? 'gpc' : record ? 'hidden' : 'banner';
    if (source !== 'gpc') this.closePreferences();
    const { consentMode, consentEndpoint } = this.options!;
    // gtag learns the new state before any newly allowed script runs.
    if (consentMode && record) consentModeUpdate(this.consentModeState());
    this.gate!.apply();
    if (!record) return;
    if (consentEndpoint && source !== 'external') {
      void sendConsentProof(consentEndpoint, { ...record, page: location.href, locale: this.texts.lang }).then(
        (problem) => problem && console.warn(`privacy-elements: ${TAG}: could not send the consent record (${problem})`),
      );
    }
    if (source === 'visitor') this.afterDecision(record);
    emit<ConsentChangeDetail>(this, 'consent-change', { record, changed });
  };

  /**
   * A decision taken in the banner or the dialog: the control that had focus is gone, so
   * focus goes back to where the visitor was on the page (else the main content), and the
   * outcome is announced politely.
   */
  private afterDecision(record: ConsentRecord): void {
    const t = this.texts.t;
    this.announcement = record.method === 'accept-all' ? t.savedAccepted : record.method === 'reject-all' ? t.savedRejected : t.savedCustom;
    const active = deepActiveElement(this.ownerDocument);
    const inside = !active || active === this.ownerDocument.body || active === this || this.renderRoot.contains(active);
    if (inside) void this.updateComplete.then(() => focusAfterOverlay(this.ownerDocument, this.lastPageFocus));
  }

  /** Any element with `data-consent-open` opens the preferences (a footer "Cookie settings" link). */
  private onDocumentClick = (e: Event): void => {
    if (e.composedPath().some((n) => (n as Element).hasAttribute?.('data-consent-open'))) {
      e.preventDefault();
      void this.showPreferences();
    }
  };

  /** Keeps the focused page element from hiding behind the banner (WCAG 2.2, 2.4.11). */
  private onDocumentFocus = (e: FocusEvent): void => {
    const banner = this.renderRoot.querySelector('.banner');
    const target = e.composedPath()[0] as HTMLElement;
    if (target === this || this.renderRoot.contains(target)) return;
    this.lastPageFocus = target;
    if (!banner) return;
    const uncover = () => {
      const box = this.renderRoot.querySelector('.banner')?.getBoundingClientRect();
      if (!box) return;
      const dy = scrollToUncover(target.getBoundingClientRect(), box);
      if (dy) scrollBy({ top: dy, behavior: 'instant' });
      // Still covered (the end of the page, or a card in the middle): the banner moves to the other edge.
      const r = target.getBoundingClientRect();
      if (r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right) {
        this.dodge = (r.top + r.bottom) / 2 > innerHeight / 2 ? 'top' : 'bottom';
      }
    };
    // Tab scrolls the page to the new focus after this event: look again once it has.
    const later = () => requestAnimationFrame(uncover);
    if (this.dodge) {
      this.dodge = '';
      void this.updateComplete.then(later);
    } else {
      uncover();
      later();
    }
  };

  /** Tab and Shift+Tab wrap inside the dialog instead of leaving for the browser's UI. */
  private onDialogKeydown = (e: KeyboardEvent): void => {
    const focusable = [...this.dialog!.querySelectorAll<HTMLElement>('button,input:enabled')];
    const edge = focusable.at(e.shiftKey ? 0 : -1);
    if (e.key === 'Tab' && edge === this.shadowRoot!.activeElement) {
      e.preventDefault();
      focusable.at(e.shiftKey ? -1 : 0)!.focus();
    }
  };

  private closePreferences(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    // Back to where the visitor was (the footer link, the Customize button); a decision taken
    // in the dialog may remove the banner, and afterDecision() then finds a place on the page.
    if (this.opener?.isConnected) this.opener.focus();
  }

  /**
   * Shows the first layer again. Called from a control on the page (a "show the banner"
   * button), it takes focus, so the keyboard goes on in the banner and comes back after.
   */
  show(): void {
    this.started();
    this.view = 'banner';
    const active = deepActiveElement(this.ownerDocument);
    if (active && active !== this.ownerDocument.body && active !== this && !this.renderRoot.contains(active)) {
      this.lastPageFocus = active;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.banner')?.focus());
    }
  }

  /** Opens the modal preferences dialog, focus on its first switch; Escape or Close returns focus. */
  async showPreferences(): Promise<void> {
    const store = this.started();
    if (this.dialog?.open) return;
    this.opener = deepActiveElement();
    this.choices = Object.fromEntries(store.config.categories.map((c) => [c.id, store.hasConsent(c.id)]));
    this.wantsPreferences = true;
    await this.updateComplete;
    if (this.dialog?.open) return;
    this.dialog!.showModal();
    this.dialog!.querySelector<HTMLElement>('input:enabled,.choice')!.focus();
  }

  acceptAll(): void {
    this.started().acceptAll();
  }

  rejectAll(): void {
    this.started().rejectAll();
  }

  /** A custom decision such as `{ analytics: true }`; an unknown category logs an error and changes nothing. */
  setConsent(choices: Record<string, boolean>): void {
    try {
      this.started().setConsent(choices);
    } catch (e) {
      reportError(TAG, `setConsent(): ${(e as Error).message}`);
    }
  }

  hasConsent(id: string): boolean {
    return this.started().hasConsent(id);
  }

  /** Forgets the decision and deletes optional cookies; the banner shows again. */
  reset(): void {
    this.started().reset();
  }

  /** Resolves once rendered in the visitor's language (after its texts have loaded). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.texts.updateComplete(super.getUpdateComplete());
  }

  override render() {
    const store = this.started();
    const texts = this.texts;
    const status = html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
    // Until the visitor's language has loaded, nothing: English must not flash first.
    if (!texts.ready) return status;
    const t: ConsentMessages = texts.t;
    const { lang, dir } = texts;
    const gpc = this.view === 'gpc';
    const { policyUrl } = this.options!;
    // A layout set after start (a page's switcher) applies at once; an invalid one was reported at start.
    const layout = this.layout === 'box' || this.layout === 'center' || this.layout === 'bar' ? this.layout : this.options!.layout;
    const visitor = (fn: (s: ConsentStore) => unknown) => () => fn(store);
    const customize = html`<button type="button" class="customize" part="customize-button" @click=${this.showPreferences}>${t.customize}</button>`;
    return html`
      ${this.view === 'hidden'
        ? nothing
        : html`<div class="banner ${layout} ${this.dodge ? `dodge-${this.dodge}` : ''}" part="banner" role="region" aria-labelledby="banner-title" tabindex="-1" lang=${lang} dir=${dir}>
            <p class="title" id="banner-title">${t.bannerTitle}</p>
            <p part="message">
              ${gpc ? t.gpcText : t.bannerText}
              ${policyUrl ? html`<a part="policy-link" href=${policyUrl}>${t.policyLink}</a>` : nothing}
            </p>
            <div class="actions" part="actions">
              ${gpc
                ? html`<button type="button" class="choice" part="dismiss-button" @click=${() => (this.view = 'hidden')}>${t.dismiss}</button>`
                : html`<button type="button" class="choice" part="reject-button" @click=${visitor((s) => s.rejectAll('visitor'))}>${t.rejectAll}</button>
                    <button type="button" class="choice" part="accept-button" @click=${visitor((s) => s.acceptAll('visitor'))}>${t.acceptAll}</button>`}
              ${customize}
            </div>
          </div>`}
      ${renderPreferences(t, categoryViews(store.config.categories, this.choices, t, lang), {
        toggle: (id, checked) => (this.choices = { ...this.choices, [id]: checked }),
        save: visitor((s) => s.setConsent(this.choices, 'visitor')),
        acceptAll: visitor((s) => s.acceptAll('visitor')),
        rejectAll: visitor((s) => s.rejectAll('visitor')),
        close: () => this.closePreferences(),
        keydown: this.onDialogKeydown,
        cancel: (e) => {
          e.preventDefault();
          this.closePreferences();
        },
      }, { lang, dir })}
      ${status}
    `;
  }
}
