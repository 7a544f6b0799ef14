import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConsentChange, ConsentRecord } from '../../core/consent/consent-types.js';
import {
  normalizeCategories,
  parseConfigBlock,
  resolveConsentOptions,
  toConsentConfig,
  type ConsentOptions,
  type ResolvedConsentOptions,
} from '../../core/consent/config.js';
import { ConsentError, createConsentStore, type ConsentStore } from '../../core/consent/consent-store.js';
import { sendConsentProof } from '../../core/consent/consent-proof.js';
import type { ConsentMessages, Messages } from '../../core/i18n/messages.js';
import { messagesFor } from '../../locales/index.js';
import { consentModeDefault, consentModeState, consentModeUpdate } from '../../integrations/consent-mode.js';
import { createScriptGate, type ScriptGate } from '../../integrations/script-gate.js';
import { gpcEnabled } from '../../integrations/gpc.js';
import { reportError } from '../shared/diagnostics.js';
import { emit } from '../shared/events.js';
import { deepActiveElement, scrollToUncover } from '../shared/focus.js';
import { categoryViews } from './view-model.js';
import { renderPreferences } from './preferences-dialog.js';
import { styles } from './cookie-consent.styles.js';

const TAG = 'cookie-consent';
/** The page's config block (SPEC): one JSON object, keys in camelCase. */
export const CONFIG_SELECTOR = 'script[type="application/json"][data-privacy-elements]';

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
 * @cssprop --pe-color-surface - Background.
 * @cssprop --pe-color-text - Text colour.
 * @cssprop --pe-color-muted - Secondary text colour.
 * @cssprop --pe-color-accent - Buttons and links.
 * @cssprop --pe-color-accent-text - Text on accent buttons.
 * @cssprop --pe-color-border - Borders and switch outline.
 * @cssprop --pe-color-focus - Focus ring.
 * @cssprop --pe-font-family - Font.
 * @cssprop --pe-radius - Corner radius.
 * @cssprop --pe-z-index - Stacking of the banner.
 * @cssprop --pe-banner-max-width - Widest the banner gets.
 */
export class CookieConsent extends LitElement {
  static override styles = styles;

  /** A consent store to use instead of the one the element makes from its configuration. */
  @property({ attribute: false }) store?: ConsentStore;

  @query('dialog') private dialog?: HTMLDialogElement | null;
  @query('.banner') private banner?: HTMLElement | null;

  @state() private view: 'hidden' | 'banner' | 'gpc' = 'hidden';
  @state() private choices: Record<string, boolean> = {};
  private options?: ResolvedConsentOptions;
  private locale: Messages = messagesFor(['en']);
  private gate?: ScriptGate;
  private opener: HTMLElement | null = null;
  private readySent = false;
  private cleanups: Array<() => void> = [];

  @property({ attribute: 'storage-key' }) storageKey?: string;
  @property() revision?: string;
  @property({ attribute: 'expires-days', type: Number }) expiresDays?: number;
  @property({ attribute: 'policy-url' }) policyUrl?: string;
  @property({ attribute: 'consent-endpoint' }) consentEndpoint?: string;
  @property() gpc?: 'respect' | 'ignore';
  @property({ attribute: 'consent-mode', type: Boolean }) consentMode?: boolean;
  /** Categories (SPEC's category objects); otherwise from the config block, else essential + analytics. */
  @property({ attribute: false }) categories?: unknown;
  /** Overrides for any of the element's texts. */
  @property({ attribute: false }) messages?: Partial<ConsentMessages>;

  /** The visitor's current decision, or null while undecided. */
  get record(): ConsentRecord | null {
    return this.ensureStarted().record;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store && this.options) this.listen(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.ensureStarted();
  }

  protected override firstUpdated(): void {
    if (this.readySent) return;
    this.readySent = true;
    emit<ConsentReadyDetail>(this, 'consent-ready', { record: this.ensureStarted().record });
  }

  /**
   * Reads the configuration and makes the store on first use (first render or first
   * method call), so properties set right after the element is created still count.
   */
  private ensureStarted(): ConsentStore {
    if (this.store && this.options) return this.store;
    const doc = this.ownerDocument;
    const block = parseConfigBlock(doc.querySelector(CONFIG_SELECTOR)?.textContent);
    const own: ConsentOptions = {
      storageKey: this.storageKey,
      revision: this.revision,
      expiresDays: this.expiresDays,
      policyUrl: this.policyUrl,
      consentEndpoint: this.consentEndpoint,
      gpc: this.gpc,
      consentMode: this.consentMode || undefined,
      lang: this.getAttribute('lang') ?? undefined,
      categories: this.categories,
    };
    const resolved = resolveConsentOptions([own, block.options]);
    this.options = resolved.options;
    this.locale = messagesFor([
      this.options.lang,
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      doc.documentElement.getAttribute('lang'),
      globalThis.navigator?.language,
    ]);
    const normalized = normalizeCategories(this.options.categories, this.locale.consent.categories);
    for (const problem of [...block.errors, ...resolved.errors, ...normalized.errors]) reportError(TAG, problem);

    const store = (this.store ??= createConsentStore({ config: toConsentConfig(this.options, normalized.categories) }));
    const ids = store.config.categories.map((c) => c.id);
    if (this.options.consentMode) consentModeDefault(consentModeState(ids, (id) => store.hasConsent(id)));
    this.listen(store);
    if (this.options.gpc === 'respect' && gpcEnabled()) store.applyGpc();
    if (this.view !== 'gpc') this.view = store.record ? 'hidden' : 'banner';
    return store;
  }

  /** Wires the store, the script gate and page listeners; undone on disconnect. */
  private listen(store: ConsentStore): void {
    if (this.cleanups.length) return;
    const doc = this.ownerDocument;
    const gate = (this.gate = createScriptGate({ isGranted: (id) => store.hasConsent(id), root: doc }));
    gate.apply();
    gate.observe();
    store.connect();
    doc.addEventListener('click', this.onDocumentClick);
    doc.addEventListener('focusin', this.onDocumentFocus);
    const unsubscribe = store.subscribe(this.onChange);
    this.cleanups.push(unsubscribe, () => store.disconnect(), () => gate.disconnect(), () => {
      doc.removeEventListener('click', this.onDocumentClick);
      doc.removeEventListener('focusin', this.onDocumentFocus);
    });
  }

  private onChange = (change: ConsentChange): void => {
    const { record } = change;
    this.view = change.source === 'gpc' ? 'gpc' : record ? 'hidden' : 'banner';
    if (this.dialog?.open && change.source !== 'gpc') this.closePreferences();
    this.gate?.apply();
    if (!record) return;
    const store = this.store!;
    if (this.options?.consentMode) {
      consentModeUpdate(consentModeState(store.config.categories.map((c) => c.id), (id) => store.hasConsent(id)));
    }
    if (this.options?.consentEndpoint && change.source !== 'external') {
      const locale = this.locale.lang;
      void sendConsentProof(this.options.consentEndpoint, { ...record, page: location.href, locale }, {
        onError: (error) => console.warn(`privacy-elements: ${TAG}: could not send the consent record to "consent-endpoint" (${String(error)})`),
      });
    }
    emit<ConsentChangeDetail>(this, 'consent-change', { record, changed: change.changed });
  };

  /** Any element with `data-consent-open` opens the preferences (a footer "Cookie settings" link). */
  private onDocumentClick = (e: Event): void => {
    const opener = e.composedPath().find((n) => n instanceof Element && n.hasAttribute('data-consent-open'));
    if (!opener) return;
    e.preventDefault();
    void this.showPreferences();
  };

  /** Keeps the focused page element from being hidden behind the banner (WCAG 2.4.11). */
  private onDocumentFocus = (e: FocusEvent): void => {
    const target = e.composedPath()[0];
    if (this.view === 'hidden' || !this.banner || !(target instanceof Element) || this.contains(target)) return;
    if (this.shadowRoot?.contains(target)) return;
    const dy = scrollToUncover(target.getBoundingClientRect(), this.banner.getBoundingClientRect());
    if (dy > 0) window.scrollBy({ top: dy, behavior: 'instant' as ScrollBehavior });
  };

  private onToggle = (id: string, checked: boolean): void => {
    this.choices = { ...this.choices, [id]: checked };
  };

  private onDialogKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Tab' || !this.dialog) return;
    // Keep Tab inside the dialog instead of letting it leave for the browser's UI.
    const focusable = Array.from(this.dialog.querySelectorAll<HTMLElement>('button, input:not([disabled]), a[href], [tabindex]'))
      .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadowRoot?.activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  private onDialogCancel = (e: Event): void => {
    e.preventDefault();
    this.closePreferences();
  };

  private closePreferences(): void {
    if (this.dialog?.open) this.dialog.close();
    const opener = this.opener;
    this.opener = null;
    // Back to where the visitor was; if that control is gone (the banner closed), to the page.
    if (opener?.isConnected) opener.focus();
  }

  private decide(fn: (store: ConsentStore) => void): void {
    fn(this.ensureStarted());
  }

  /** Shows the first layer again, e.g. from a "Cookie settings" link. */
  show(): void {
    this.ensureStarted();
    this.view = 'banner';
  }

  /** Opens the modal preferences dialog. */
  async showPreferences(): Promise<void> {
    const store = this.ensureStarted();
    if (this.dialog?.open) return;
    this.opener = deepActiveElement(this.ownerDocument);
    this.choices = Object.fromEntries(store.config.categories.map((c) => [c.id, store.hasConsent(c.id)]));
    await this.updateComplete;
    this.dialog?.showModal();
    this.dialog?.querySelector<HTMLElement>('input:not([disabled]), button.choice')?.focus();
  }

  acceptAll(): void {
    this.decide((s) => s.acceptAll('api'));
  }

  rejectAll(): void {
    this.decide((s) => s.rejectAll('api'));
  }

  /** A custom decision such as `{ analytics: true }`; an unknown category logs an error and changes nothing. */
  setConsent(choices: Record<string, boolean>): void {
    try {
      this.decide((s) => s.setConsent(choices, 'api'));
    } catch (e) {
      if (!(e instanceof ConsentError)) throw e;
      reportError(TAG, `setConsent(): ${e.message}`);
    }
  }

  hasConsent(id: string): boolean {
    return this.ensureStarted().hasConsent(id);
  }

  /** Forgets the decision (and deletes optional cookies); the banner shows again. */
  reset(): void {
    this.ensureStarted().reset();
    this.view = 'banner';
  }

  private renderBanner(t: ConsentMessages) {
    const gpc = this.view === 'gpc';
    const policyUrl = this.options?.policyUrl;
    return html`
      <section class="banner" part="banner" aria-label=${t.bannerTitle} lang=${this.locale.lang} dir=${this.locale.dir}>
        <p class="title">${t.bannerTitle}</p>
        <p class="message" part="message">
          ${gpc ? t.gpcText : t.bannerText}
          ${policyUrl ? html` <a part="policy-link" href=${policyUrl}>${t.policyLink}</a>` : nothing}
        </p>
        ${gpc
          ? html`<div class="actions single" part="actions">
              <button type="button" class="secondary" part="customize-button" @click=${() => this.showPreferences()}>${t.customize}</button>
              <button type="button" class="choice" part="dismiss-button" @click=${() => (this.view = 'hidden')}>${t.dismiss}</button>
            </div>`
          : html`<div class="actions" part="actions">
              <button type="button" class="secondary" part="customize-button" @click=${() => this.showPreferences()}>${t.customize}</button>
              <button type="button" class="choice" part="reject-button" @click=${() => this.decide((s) => s.rejectAll('visitor'))}>${t.rejectAll}</button>
              <button type="button" class="choice" part="accept-button" @click=${() => this.decide((s) => s.acceptAll('visitor'))}>${t.acceptAll}</button>
            </div>`}
      </section>
    `;
  }

  override render() {
    const store = this.ensureStarted();
    const t: ConsentMessages = { ...this.locale.consent, ...this.messages };
    const categories = categoryViews(store.config.categories, this.choices);
    return html`
      ${this.view === 'hidden' ? nothing : this.renderBanner(t)}
      ${renderPreferences(t, categories, {
        toggle: this.onToggle,
        save: () => this.decide((s) => s.setConsent(this.choices, 'visitor')),
        acceptAll: () => this.decide((s) => s.acceptAll('visitor')),
        rejectAll: () => this.decide((s) => s.rejectAll('visitor')),
        close: () => this.closePreferences(),
        keydown: this.onDialogKeydown,
        cancel: this.onDialogCancel,
      }, this.locale)}
    `;
  }
}
