import type { ConsentChange, ConsentRecord } from '../core/consent/consent-types.js';
import { parseConfigBlock, resolveConsentOptions, type ConsentOptions, type ResolvedConsentOptions } from '../core/consent/config.js';
import { createConsentStore, type ConsentStore } from '../core/consent/consent-store.js';
import { sendConsentProof } from '../core/consent/consent-proof.js';
import { messagesByLanguage, suppliedLanguages } from '../core/i18n/translate.js';
import { pickLanguage } from '../locales/built-in.js';
import { consentModeDefault, consentModeState, consentModeUpdate } from './consent-mode.js';
import { createScriptGate, type ScriptGate } from './script-gate.js';
import { gpcEnabled } from './gpc.js';
import { CONFIG_SELECTOR, declaredLanguages } from '../elements/shared/page-language.js';
import { emit } from '../elements/shared/events.js';
import { reportError } from '../elements/shared/diagnostics.js';

const TAG = 'cookie-consent';

/** What the first layer shows. */
export type ConsentView = 'hidden' | 'banner' | 'gpc';

export interface ConsentReadyDetail {
  record: ConsentRecord | null;
}
export interface ConsentChangeDetail {
  record: ConsentRecord;
  changed: string[];
}

/** The interface of a banner, attached when it is loaded and shown. */
export interface ConsentInterface {
  /** What the first layer shows changed. */
  view(view: ConsentView): void;
  /** A decision was stored (after gating, Consent Mode and the events). */
  decided(change: ConsentChange): void;
  /** The visitor asked for the preferences (a `data-consent-open` click, `showPreferences()`). */
  openPreferences(): Promise<void>;
  /** The first layer again (`show()`). */
  show(): void;
  /** The UI language, for the proof of consent. */
  readonly lang?: string;
}

const report = (problem: string) => reportError(TAG, problem);

/**
 * Everything a `<cookie-consent>` does besides drawing itself: reads the configuration,
 * keeps the record, gates scripts, drives Consent Mode, follows other tabs, sends proofs
 * of consent, fires the SPEC events on the element and opens the preferences for a
 * `data-consent-open` click. No Lit and no templates: the small loader of the script-tag
 * bundles runs it on every page view, and loads the interface only when something must
 * be shown; the element runs the same code when it is used on its own.
 */
export class ConsentRuntime {
  readonly options: ResolvedConsentOptions;
  readonly store: ConsentStore;
  /** The config block's `messages`, for the interface's texts. */
  readonly blockMessages: unknown;
  view: ConsentView;
  /** The banner's interface, once loaded and upgraded. */
  ui?: ConsentInterface;
  /** Called when something must be shown and no interface is attached yet (the loader loads it). */
  needsInterface?: (reason: 'banner' | 'preferences') => void;
  private gate?: ScriptGate;
  private cleanup?: () => void;
  private announced = false;
  private gpcChecked = false;

  constructor(
    readonly host: HTMLElement,
    own: ConsentOptions = {},
    store?: ConsentStore,
  ) {
    const doc = host.ownerDocument;
    const errors: string[] = [];
    const block = parseConfigBlock(doc.querySelector(CONFIG_SELECTOR)?.textContent, errors);
    // The block's `lang` counts like the element's own attribute, when the element has none.
    if (!host.hasAttribute('lang') && typeof block.lang === 'string' && block.lang) host.setAttribute('lang', block.lang);
    this.blockMessages = block.messages;
    const options = (this.options = resolveConsentOptions([own, block], errors));
    errors.forEach(report);
    this.store = store ?? createConsentStore({ config: options });
    // Consent Mode's default goes first, before any gated script can run.
    if (options.consentMode) consentModeDefault(this.consentModeState());
    this.view = this.store.record ? 'hidden' : 'banner';
  }

  /** The language of the page for the proof of consent when no interface says it (a decision made through the API). */
  get lang(): string {
    return this.ui?.lang ?? pickLanguage([...declaredLanguages(this.host), globalThis.navigator?.language], suppliedLanguages(messagesByLanguage(this.blockMessages)));
  }

  private consentModeState() {
    const store = this.store;
    return consentModeState(
      store.config.categories.map((c) => c.id),
      (id) => store.hasConsent(id),
    );
  }

  /** Wires the store, the script gate and the page's `data-consent-open` clicks; undone by {@link disconnect}. */
  connect(): void {
    if (this.cleanup) return;
    const { store, host } = this;
    const doc = host.ownerDocument;
    // One gate per runtime, so an unknown category is reported once, however often the element is connected.
    const gate = (this.gate ??= createScriptGate({
      isGranted: (id) => store.hasConsent(id),
      isKnown: (id) => store.config.categories.some((c) => c.id === id),
      onUnknown: (id) => report(`unknown consent category "${id}"; its elements stay inert`),
      root: doc,
    }));
    gate.apply();
    gate.observe();
    store.connect();
    doc.addEventListener('click', this.onDocumentClick);
    const unsubscribe = store.subscribe(this.onChange);
    this.cleanup = () => {
      unsubscribe();
      store.disconnect();
      gate.disconnect();
      doc.removeEventListener('click', this.onDocumentClick);
    };
    // A Global Privacy Control signal and no decision: the signal is the decision (once, with its events).
    if (!this.gpcChecked) {
      this.gpcChecked = true;
      if (this.options.gpc === 'respect' && gpcEnabled()) store.applyGpc();
    }
    if (this.view !== 'hidden' && !this.ui) this.needsInterface?.('banner');
  }

  disconnect(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  /** `consent-ready`, once. */
  ready(): void {
    if (this.announced) return;
    this.announced = true;
    emit(this.host, 'consent-ready', { record: this.store.record } satisfies ConsentReadyDetail);
  }

  /** One store change: tell gtag, run newly allowed scripts, send the proof, update the interface, tell the page. */
  private onChange = (change: ConsentChange): void => {
    const { record, changed, source } = change;
    this.view = source === 'gpc' ? 'gpc' : record ? 'hidden' : 'banner';
    const { consentMode, consentEndpoint } = this.options;
    // gtag learns the new state before any newly allowed script runs.
    if (consentMode && record) consentModeUpdate(this.consentModeState());
    this.gate!.apply();
    if (this.ui) this.ui.view(this.view);
    else if (this.view !== 'hidden') this.needsInterface?.('banner');
    if (!record) return;
    if (consentEndpoint && source !== 'external') {
      void sendConsentProof(consentEndpoint, { ...record, page: location.href, locale: this.lang }).then(
        (problem) => problem && console.warn(`privacy-elements: ${TAG}: could not send the consent record (${problem})`),
      );
    }
    this.ui?.decided(change);
    emit(this.host, 'consent-change', { record, changed } satisfies ConsentChangeDetail);
  };

  /** Any element with `data-consent-open` opens the preferences (a footer "Cookie settings" link). */
  private onDocumentClick = (e: Event): void => {
    if (e.composedPath().some((n) => (n as Element).hasAttribute?.('data-consent-open'))) {
      e.preventDefault();
      void this.openPreferences();
    }
  };

  /** Opens the preferences, loading the interface first if need be. */
  openPreferences(): Promise<void> {
    if (this.ui) return this.ui.openPreferences();
    this.needsInterface?.('preferences');
    return Promise.resolve();
  }

  /** Shows the first layer again, loading the interface first if need be. */
  show(): void {
    this.view = 'banner';
    if (this.ui) this.ui.show();
    else this.needsInterface?.('banner');
  }
}
