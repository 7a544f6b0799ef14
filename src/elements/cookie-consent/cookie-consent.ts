import { LitElement, isServer, unsafeCSS, nothing } from 'lit';
import type { CategoryInput, ConsentRecord } from '../../core/consent/consent-types.js';
import type { ConsentOptions } from '../../core/consent/config.js';
import type { ConsentStore } from '../../core/consent/consent-store.js';
import type { ConsentMessages } from '../../core/i18n/messages.js';
import type { ConsentInterface, ConsentRuntime } from '../../integrations/consent-runtime.js';
import { bannerCss } from './cookie-consent.styles.js';
import { FirstLayer, bannerInterface } from './first-layer.js';

import type { ConsentReadyDetail, ConsentChangeDetail } from '../../integrations/consent-runtime.js';
export type { ConsentReadyDetail, ConsentChangeDetail, CategoryInput };

declare global {
  /** The banner's events, typed wherever they are heard (they bubble and are composed). */
  interface GlobalEventHandlersEventMap {
    'consent-ready': CustomEvent<ConsentReadyDetail>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
export { CONFIG_SELECTOR } from '../shared/page-language.js';

/**
 * Makes (or finds) the runtime of an element: the npm entries make one
 * (`new ConsentRuntime`), the script-tag loader hands over the one it already runs.
 */
export type RuntimeFactory = (host: CookieConsent, own: ConsentOptions, store?: ConsentStore) => ConsentRuntime;

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
 * @prop {string} [storageKey=cookie-consent] - localStorage key of the record (attribute `storage-key`).
 * @prop {string} [revision=1] - The site's consent revision; a record of another revision is void.
 * @prop {number} [expiresDays=180] - Days after which the visitor is asked again (attribute `expires-days`).
 * @prop {string | undefined} policyUrl - Link to the privacy policy (attribute `policy-url`); http(s) or relative only.
 * @prop {string | undefined} consentEndpoint - URL each decision is POSTed to as proof of consent (attribute `consent-endpoint`).
 * @prop {'respect' | 'ignore'} [gpc=respect] - Whether a Global Privacy Control signal counts as a decision.
 * @prop {boolean} [consentMode=false] - Drive Google Consent Mode v2 (attribute `consent-mode`).
 * @prop {'bar' | 'box' | 'center'} [layout=bar] - Where the banner sits.
 * @prop {CategoryInput[] | undefined} categories - The categories; otherwise the config block's, else essential and analytics.
 * @prop {Record<string, Partial<ConsentMessages>> | Partial<ConsentMessages> | undefined} messages - Text overrides, keyed by language or for the language shown.
 * @prop {ConsentStore | undefined} store - A consent store of your own (`createConsentStore`), instead of one made from the configuration.
 *
 * @fires {CustomEvent<ConsentReadyDetail>} consent-ready - Once after start, after the page's deferred scripts; `detail: { record }` (`null` when undecided).
 * @fires {CustomEvent<ConsentChangeDetail>} consent-change - After each decision (a click, a method call, another tab, GPC); `detail: { record, changed }`.
 *
 * @csspart banner - The first layer.
 * @csspart message - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart actions - The banner's buttons.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all.
 * @csspart customize-button - Opens the preferences.
 * @csspart dismiss-button - Closes the notice shown when a Global Privacy Control signal was honoured.
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
 * @cssprop --pe-font-size - Base font size (default `medium`: the visitor's default size, whatever the page's root font size).
 * @cssprop --pe-line-height - Line height (default 1.5).
 * @cssprop --pe-radius - Corner radius.
 * @cssprop --pe-button-radius - Button corner radius (default --pe-radius).
 * @cssprop --pe-spacing - Padding unit (default 1em).
 * @cssprop --pe-shadow - Shadow of the banner and the dialog.
 * @cssprop --pe-z-index - Stacking of the banner.
 * @cssprop --pe-banner-max-width - Widest the bar gets (default 64em).
 * @cssprop --pe-box-width - Width of the box layout (default 24em).
 * @cssprop --pe-center-width - Width of the center layout (default 34em).
 * @cssprop --pe-dialog-max-width - Widest the dialog gets (default 42em).
 */
export class CookieConsent extends LitElement {
  static override styles = unsafeCSS(bannerCss);
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
  };

  /** A consent store to use instead of the one the element makes from its configuration. */
  declare store?: ConsentStore;

  /** Set by the entry that registers the element: how it gets its runtime. */
  static runtimeFor?: RuntimeFactory;

  private runtime?: ConsentRuntime;
  /** The first layer (banner, status region, its focus rules), drawn without Lit; one already drawn on this element is taken over. */
  private layer?: FirstLayer;
  /** What the runtime tells the interface (the same as the script-tag banner's). */
  private ui?: ConsentInterface;

  declare storageKey?: string;
  declare revision?: string;
  declare expiresDays?: number;
  declare policyUrl?: string;
  declare consentEndpoint?: string;
  declare gpc?: 'respect' | 'ignore';
  declare consentMode?: boolean;
  declare layout?: string;
  /** Categories (SPEC's category objects); otherwise from the config block, else essential + analytics. */
  declare categories?: CategoryInput[];
  /**
   * Overrides for any of the element's texts: keyed by language (`{ de: { acceptAll: '…' }, sv: {…} }`,
   * which also adds a language), or one set of texts for whatever language is shown.
   */
  declare messages?: Partial<ConsentMessages> | Record<string, Partial<ConsentMessages>>;

  constructor() {
    super();
    // Upgraded on a page where the script-tag loader answered for the element: its own methods give way to the class's.
    for (const name of ['record', 'hasConsent', 'show', 'showPreferences', 'acceptAll', 'rejectAll', 'setConsent', 'reset']) delete (this as Record<string, unknown>)[name];
  }

  /** The visitor's current decision, or null while undecided. */
  get record(): ConsentRecord | null {
    return this.started().record;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.runtime?.connect();
    this.layer?.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runtime?.disconnect();
    this.layer?.disconnect();
  }

  protected override willUpdate(): void {
    // On a server there is no page to read the configuration and the record from: the browser starts the banner.
    if (isServer) return;
    this.started();
    this.layer!.texts.hostUpdate();
  }

  protected override updated(): void {
    this.layer!.draw();
  }

  protected override firstUpdated(): void {
    this.runtime!.ready();
  }

  /**
   * Gets the runtime on first use (first render or first method call), so properties set
   * right after the element is created still count.
   */
  private started(): ConsentStore {
    if (this.runtime) return this.runtime.store;
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
    const factory = CookieConsent.runtimeFor;
    if (!factory) throw new Error('privacy-elements: cookie-consent: no runtime (import the element through an entry that registers it)');
    const runtime = (this.runtime = factory(this, own, this.store));
    this.store = runtime.store;
    // The first layer draws in this element's updates from now on.
    const layer = (this.layer = FirstLayer.of(this, runtime));
    layer.schedule = () => this.requestUpdate();
    layer.completes = () => super.getUpdateComplete();
    layer.setView(runtime.view);
    runtime.ui = this.ui = bannerInterface(layer);
    if (this.isConnected) {
      runtime.connect();
      layer.connect();
    }
    return runtime.store;
  }

  /**
   * Shows the first layer again. Called from a control on the page (a "show the banner"
   * button), it takes focus, so the keyboard goes on in the banner and comes back after.
   */
  show(): void {
    this.started();
    this.layer!.show();
  }

  /** Opens the modal preferences dialog, focus on its first switch; Escape or Close returns focus. */
  async showPreferences(): Promise<void> {
    this.started();
    return this.ui!.openPreferences();
  }

  acceptAll(): void {
    this.started().acceptAll();
  }

  rejectAll(): void {
    this.started().rejectAll();
  }

  /** A custom decision such as `{ analytics: true }`; an unknown category logs an error and changes nothing. */
  setConsent(choices: Record<string, boolean>): void {
    this.started();
    this.runtime!.setConsent(choices);
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
    const done = super.getUpdateComplete();
    return this.layer ? this.layer.texts.updateComplete(done) : done;
  }

  /** Nothing through Lit: the first layer and the dialog draw themselves (see {@link updated}). */
  override render() {
    return nothing;
  }
}
