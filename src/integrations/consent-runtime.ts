import type { ConsentChange, ConsentRecord } from '../core/consent/consent-types.js';
import { parseConfigBlock, resolveConsentOptions, type ConsentOptions, type ResolvedConsentOptions } from '../core/consent/config.js';
import { createConsentStore, type ConsentStore } from '../core/consent/consent-store.js';
import { postConsentProof, unsentKey, type ConsentProof } from '../core/consent/consent-proof.js';
import { messagesByLanguage, suppliedLanguages } from '../core/i18n/translate.js';
import { pickLanguage } from '../locales/built-in.js';
import { consentModeDefault, consentModeState, consentModeUpdate, consentUpdateEvent } from './consent-mode.js';
import { createScriptGate, type ScriptGate } from './script-gate.js';
import { gpcEnabled } from './gpc.js';
import { CONFIG_SELECTOR, declaredLanguages } from '../elements/shared/page-language.js';
import { afterParsing, emit } from '../elements/shared/events.js';
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
 * What the script-tag loader did before handing a page over to the runtime (see
 * `loader/consent-loader.ts`): the runtime goes on from there rather than doing it twice.
 */
export interface Handoff {
  /** The record the loader acted on (one stored since, in another tab, is a change); absent: read it. */
  previous?: ConsentRecord | null;
  /** Consent Mode's `default` (and a returning visitor's `update`) are sent. */
  consentModeSent: boolean;
}

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
  needsInterface?: (reason: 'banner' | 'preferences') => Promise<void> | void;
  private gate?: ScriptGate;
  private cleanup?: () => void;
  private announced: boolean;
  private started = false;

  constructor(
    readonly host: HTMLElement,
    own: ConsentOptions = {},
    store?: ConsentStore,
    private readonly handoff?: Handoff,
  ) {
    const doc = host.ownerDocument;
    const errors: string[] = [];
    const block = parseConfigBlock(doc.querySelector(CONFIG_SELECTOR)?.textContent, errors);
    // The block's `lang` counts like the element's own attribute, when the element has none.
    if (!host.hasAttribute('lang') && typeof block.lang === 'string' && block.lang) host.setAttribute('lang', block.lang);
    this.blockMessages = block.messages;
    const options = (this.options = resolveConsentOptions([own, block], errors));
    errors.forEach(report);
    this.store = store ?? createConsentStore({ config: options, initial: handoff?.previous });
    // Consent Mode's default goes first, before any gated script can run; a returning visitor's update right after.
    if (options.consentMode && !handoff?.consentModeSent) {
      consentModeDefault(this.consentModeState());
      if (this.store.record) consentModeUpdate(this.consentModeState());
    }
    this.view = this.store.record ? 'hidden' : 'banner';
    // Under the loader, the loader fires `consent-ready` (after the page's deferred scripts).
    this.announced = !!handoff;
  }

  /** The language of the page for the proof of consent when no interface says it (a decision made through the API). */
  get lang(): string {
    return this.ui?.lang ?? pickLanguage([...declaredLanguages(this.host), globalThis.navigator?.language], suppliedLanguages(messagesByLanguage(this.blockMessages)));
  }

  private consentModeState() {
    const { store, options } = this;
    return consentModeState(
      store.config.categories.map((c) => c.id),
      (id) => store.hasConsent(id),
      options.consentModeMap,
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
    // A decision made in another tab since the loader read the record counts as a change.
    if (this.handoff) store.refresh();
    this.cleanup = () => {
      unsubscribe();
      store.disconnect();
      gate.disconnect();
      doc.removeEventListener('click', this.onDocumentClick);
    };
    // Once per runtime: a Global Privacy Control signal with no decision is the decision; proofs an earlier page could not deliver go again.
    if (!this.started) {
      this.started = true;
      if (this.options.gpc === 'respect' && gpcEnabled()) store.applyGpc();
      this.resendProofs();
    }
    if (this.view !== 'hidden' && !this.ui) this.needsInterface?.('banner');
  }

  disconnect(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  /** `consent-ready`, once, and not before the document is parsed and its deferred scripts have run (their listeners hear it). */
  ready(): void {
    if (this.announced) return;
    this.announced = true;
    afterParsing(this.host.ownerDocument, () => emit(this.host, 'consent-ready', { record: this.store.record } satisfies ConsentReadyDetail));
  }

  /** One store change: tell gtag, run newly allowed scripts, send the proof, update the interface, tell the page. */
  private onChange = (change: ConsentChange): void => {
    const { record, changed, source } = change;
    this.view = source === 'gpc' ? 'gpc' : record ? 'hidden' : 'banner';
    const { consentMode, consentEndpoint } = this.options;
    // gtag, then the tag manager, learn the new state before any newly allowed script runs.
    if (consentMode && record) {
      consentModeUpdate(this.consentModeState());
      consentUpdateEvent(record);
    }
    this.gate!.apply();
    if (this.ui) this.ui.view(this.view);
    else if (this.view !== 'hidden') this.needsInterface?.('banner');
    if (!record) return;
    if (consentEndpoint && source !== 'external') this.sendProof(consentEndpoint, { ...record, page: location.href, locale: this.lang });
    this.ui?.decided(change);
    emit(this.host, 'consent-change', { record, changed } satisfies ConsentChangeDetail);
  };

  /** Sends a proof of consent; one that could not be delivered waits in localStorage for a later page load. */
  private sendProof(endpoint: string, proof: ConsentProof): void {
    void postConsentProof(endpoint, proof).then(({ problem, retry }) => {
      if (!problem) return;
      console.warn(`privacy-elements: ${TAG}: could not send the consent record (${problem})${retry ? '; it is sent again on a later page load' : ''}`);
      if (retry) this.unsent((list) => [...list.filter((p) => p.id !== proof.id), proof].slice(-20));
    });
  }

  /** Sends again the proofs an earlier page could not deliver, each once per page load. */
  private resendProofs(): void {
    const endpoint = this.options.consentEndpoint;
    const waiting = this.unsent((list) => (endpoint ? list : []));
    for (const proof of waiting) {
      void postConsentProof(endpoint!, proof).then(({ problem, retry }) => {
        if (!problem || !retry) this.unsent((list) => list.filter((p) => p.id !== proof.id));
      });
    }
  }

  /** Reads and rewrites the list of undelivered proofs; storage that throws keeps none. */
  private unsent(change: (list: ConsentProof[]) => ConsentProof[]): ConsentProof[] {
    const key = unsentKey(this.options.storageKey);
    try {
      const before = JSON.parse(localStorage.getItem(key) || '[]');
      const list = Array.isArray(before) ? before.filter((p) => p && typeof p.id === 'string') : [];
      const after = change(list);
      if (after.length) localStorage.setItem(key, JSON.stringify(after));
      else localStorage.removeItem(key);
      return list;
    } catch {
      return [];
    }
  }

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
    return Promise.resolve(this.needsInterface?.('preferences'));
  }

  /** A custom decision through a method call (`{ analytics: true }`); an unknown category logs one error and changes nothing. */
  setConsent(choices: Record<string, boolean>): void {
    try {
      this.store.setConsent(choices);
    } catch (e) {
      report(`setConsent(): ${(e as Error).message}`);
    }
  }

  /** Shows the first layer again, loading the interface first if need be. */
  show(): void {
    this.view = 'banner';
    if (this.ui) this.ui.show();
    else this.needsInterface?.('banner');
  }
}
