import type { ConsentRecord } from '../core/consent/consent-types.js';
import type { ConsentOptions } from '../core/consent/config.js';
import type { ConsentStore } from '../core/consent/consent-store.js';
import { ConsentRuntime } from '../integrations/consent-runtime.js';
import { BUILT_IN } from '../locales/built-in.js';
import { CONFIG_SELECTOR } from '../elements/shared/page-language.js';

/**
 * The small loader of the script-tag bundles. On every page view it runs the banner's
 * runtime — record, gating, Consent Mode, other tabs, `window.PrivacyElements.consent`,
 * `consent-ready` — and loads the interface (Lit, the banner, the dialog, the visitor's
 * language) from the script's own folder only when something must be shown: no valid
 * record, the GPC notice, `show()`, `showPreferences()`, a `data-consent-open` click.
 */

export interface ConsentApi {
  readonly record: ConsentRecord | null;
  show(): void;
  showPreferences(): Promise<void>;
  acceptAll(): void;
  rejectAll(): void;
  setConsent(choices: Record<string, boolean>): void;
  hasConsent(id: string): boolean;
  reset(): void;
}

type Global = { PrivacyElements?: Record<string, unknown> };

/** Merges into `window.PrivacyElements`, so both script bundles may load on one page. */
export function expose(api: Record<string, unknown>): void {
  const g = globalThis as Global;
  g.PrivacyElements = Object.assign(g.PrivacyElements ?? {}, api);
}

/** The attributes of `<cookie-consent>` (SPEC), which the script tag may give as `data-*`. */
const ATTRIBUTES = ['storage-key', 'revision', 'expires-days', 'policy-url', 'consent-endpoint', 'gpc', 'consent-mode', 'layout', 'lang'];

/**
 * Where the parts are: beside the script (`dist/parts/`), whatever the page's address.
 * `import()` of a same-origin module works under `script-src 'self'`, under a nonce with
 * `'strict-dynamic'` (the nonce and the trust pass on to the import) and with Trusted Types
 * (an import is not a script sink).
 */
export function partLoader(script: HTMLScriptElement | null): (name: string) => Promise<unknown> {
  const loaded = new Map<string, Promise<unknown>>();
  return (name) => {
    let promise = loaded.get(name);
    if (!promise) {
      const url = script?.src ? new URL(`parts/${name}.js`, script.src).href : '';
      // The part and the chunk it shares with the others, fetched side by side.
      const both = url ? Promise.all([import(/* @vite-ignore */ new URL('shared.js', url).href), import(/* @vite-ignore */ url)]) : Promise.reject(new Error('the script’s own address is unknown'));
      promise = both.catch((error: unknown) => {
        loaded.delete(name);
        console.error(`privacy-elements: could not load ${url || name} (${(error as Error)?.message ?? error}); the page keeps working without it`);
        throw error;
      });
      loaded.set(name, promise);
    }
    return promise;
  };
}

/** The options the element's attributes (and properties set before it was upgraded) give. */
function ownOptions(el: HTMLElement): ConsentOptions {
  const attr = (name: string) => el.getAttribute(name) ?? undefined;
  const prop = (el as unknown as { categories?: unknown }).categories;
  return {
    storageKey: attr('storage-key'),
    revision: attr('revision'),
    expiresDays: attr('expires-days') as unknown as number,
    policyUrl: attr('policy-url'),
    consentEndpoint: attr('consent-endpoint'),
    gpc: attr('gpc') as ConsentOptions['gpc'],
    consentMode: el.hasAttribute('consent-mode') || undefined,
    layout: attr('layout'),
    categories: prop,
  };
}

/** True when nothing is stored under the banner's key (the element's, the tag's, the config block's, else the default). */
function firstVisit(doc: Document, script: HTMLScriptElement | null): boolean {
  let key = doc.querySelector('cookie-consent')?.getAttribute('storage-key') ?? script?.dataset.storageKey;
  try {
    key ??= JSON.parse(doc.querySelector(CONFIG_SELECTOR)?.textContent || '{}')?.storageKey;
    return typeof key === 'string' || key === undefined ? localStorage.getItem(key || 'cookie-consent') === null && !doc.cookie.includes(`${encodeURIComponent(key || 'cookie-consent')}=`) : false;
  } catch {
    return false;
  }
}

/**
 * Starts the page's banner: finds the `<cookie-consent>` (or adds one, configured from the
 * script tag's `data-*`, unless `data-banner="off"`), runs its runtime, and answers
 * `window.PrivacyElements.consent`.
 */
export function startConsent(doc: Document, script: HTMLScriptElement | null, load: (name: string) => Promise<unknown>): void {
  const runtimes = new WeakMap<Element, ConsentRuntime>();
  let banner: (HTMLElement & Partial<ConsentApi>) | null = null;

  /** The interface is loaded: the element upgrades and attaches itself to its runtime (see `__runtimeFor`). */
  const ui = () => load('consent-ui');

  /**
   * The visitor's language for the banner, fetched beside the interface rather than after it
   * (the interface's texts controller takes this response; see `load-json-module.ts`).
   */
  const prefetched: Record<string, Promise<unknown>> = {};
  expose({ __texts: prefetched });
  const prefetchTexts = (lang: string) => {
    if (!script?.src || lang === 'en' || !(BUILT_IN as readonly string[]).includes(lang)) return;
    const url = new URL(`locales/${lang}.consent.json`, script.src).href;
    prefetched[url] ??= fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url} answered ${r.status}`))));
    prefetched[url].catch(() => undefined);
  };

  const runtimeOf = (el: HTMLElement, own?: ConsentOptions, store?: ConsentStore): ConsentRuntime => {
    let runtime = runtimes.get(el);
    if (!runtime) {
      runtime = new ConsentRuntime(el, own ?? ownOptions(el), store);
      runtime.needsInterface = (reason) =>
        void (prefetchTexts(runtime!.lang), ui()).then(
          () => void (reason === 'preferences' && (el as HTMLElement & ConsentApi).showPreferences?.()),
          () => undefined,
        );
      runtimes.set(el, runtime);
    }
    return runtime;
  };

  const start = () => {
    // Nothing stored at all: a first visit for sure, so the interface is fetched before the
    // runtime even starts (reading the configuration and the storage takes a few ms).
    if ((doc.querySelector('cookie-consent') || script?.dataset.banner !== 'off') && firstVisit(doc, script)) void ui().catch(() => undefined);
    banner = doc.querySelector('cookie-consent');
    if (!banner && script?.dataset.banner !== 'off') {
      banner = doc.createElement('cookie-consent');
      for (const name of ATTRIBUTES) {
        const value = script?.getAttribute(`data-${name}`);
        if (value != null) banner.setAttribute(name, value);
      }
      // First in <body>: among the first stops of the Tab key; an overlay, so nothing moves.
      doc.body.prepend(banner);
    }
    if (!banner) return;
    const runtime = runtimeOf(banner);
    runtime.connect();
    // After the page's own deferred scripts, so their listeners hear it.
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => runtime.ready(), { once: true });
    else queueMicrotask(() => runtime.ready());
  };

  const runtime = () => (banner ? runtimeOf(banner) : null);
  const consent: ConsentApi = {
    get record() {
      return runtime()?.store.record ?? null;
    },
    show: () => runtime()?.show(),
    showPreferences: () => runtime()?.openPreferences() ?? Promise.resolve(),
    acceptAll: () => runtime()?.store.acceptAll(),
    rejectAll: () => runtime()?.store.rejectAll(),
    setConsent: (choices) => {
      try {
        runtime()?.store.setConsent(choices);
      } catch (e) {
        console.error(`privacy-elements: cookie-consent: setConsent(): ${(e as Error).message}`);
      }
    },
    hasConsent: (id) => runtime()?.store.hasConsent(id) ?? false,
    reset: () => runtime()?.store.reset(),
  };
  expose({ consent, __runtimeFor: runtimeOf });
  if (doc.body) start();
  else doc.addEventListener('DOMContentLoaded', start, { once: true });
}
