import type { ConsentRecord } from '../core/consent/consent-types.js';
import { quickConsentOptions, type ConsentOptions } from '../core/consent/config.js';
import { isGranted, readRecord } from '../core/consent/record.js';
import { readStored } from '../core/consent/storage.js';
import { unsentKey } from '../core/consent/consent-proof.js';
import { consentChannel } from '../core/consent/channel.js';
import { consentModeDefault, consentModeState, consentModeUpdate } from '../integrations/consent-mode.js';
import { createScriptGate } from '../integrations/script-gate.js';
import type { ConsentRuntime, Handoff } from '../integrations/consent-runtime.js';
import { BUILT_IN } from '../locales/built-in.js';
import { CONFIG_SELECTOR } from '../elements/shared/page-language.js';
import { afterParsing, emit } from '../elements/shared/events.js';
import { expose } from './expose.js';

/**
 * The small loader of the script-tag bundles (no Lit). On every page view it reads the
 * configuration and the stored record with the element's own core code, keeps gated
 * scripts inert or runs them, sends Consent Mode's `default` (and a returning visitor's
 * `update`), follows other tabs, answers `window.PrivacyElements.consent` and fires
 * `consent-ready`. Everything else is loaded from the script's own folder when it is
 * needed: the full runtime and the banner's first layer (`parts/consent.js`, no Lit:
 * decisions, proofs of consent, cookie clean-up, configuration errors) for a decision, a
 * page with no valid record or a proof to send again, with the visitor's language beside it
 * when something must be shown; the dialog (`parts/consent-dialog.js`) when the
 * preferences are opened.
 */

export interface ConsentApi {
  readonly record: ConsentRecord | null;
  /** Resolves to the record (or null) once the banner has started and the page's deferred scripts have run: `consent-ready`, impossible to miss. */
  readonly ready: Promise<ConsentRecord | null>;
  /** Calls `callback` with `consent-change`'s detail after each decision; returns the unsubscribe function. */
  onChange(callback: (detail: { record: ConsentRecord; changed: string[] }) => void): () => void;
  hasConsent(id: string): boolean;
  show(): Promise<void>;
  showPreferences(): Promise<void>;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  setConsent(choices: Record<string, boolean>): Promise<void>;
  reset(): Promise<void>;
}

type Show = 'banner' | 'preferences' | undefined;

/** `PrivacyElements.consent`'s methods that need the full runtime, and what each must show. */
const METHODS = { show: 'banner', showPreferences: 'preferences', acceptAll: undefined, rejectAll: undefined, setConsent: undefined, reset: undefined } satisfies Record<
  string,
  Show
>;
export type Method = keyof typeof METHODS;

/** What `parts/consent.js` offers the loader. */
export interface ConsentPart {
  takeover(host: HTMLElement, own: ConsentOptions, handoff: Handoff): ConsentRuntime;
  methods: Record<Method, (runtime: ConsentRuntime, arg?: unknown) => unknown>;
}

type Load = (name: string) => Promise<unknown>;

/** The attributes of `<cookie-consent>` (SPEC), which the script tag may give as `data-*`; `lang` last. */
const ATTRIBUTES = ['storage-key', 'revision', 'expires-days', 'policy-url', 'consent-endpoint', 'gpc', 'consent-mode', 'layout', 'lang'];

/**
 * Where the parts are: beside the script (`dist/parts/`), whatever the page's address.
 * `import()` of a same-origin module works under `script-src 'self'`, under a nonce with
 * `'strict-dynamic'` (the nonce and the trust pass on to the import) and with Trusted Types
 * (an import is not a script sink). Resolves to the part's module.
 */
export function partLoader(script: HTMLScriptElement | null): Load {
  const loaded = new Map<string, Promise<unknown>>();
  return (name) => {
    let promise = loaded.get(name);
    if (!promise) {
      const url = new URL(`parts/${name}.js`, script?.src || location.href).href;
      // The part and the chunks it imports, fetched side by side rather than one after the other:
      // the code all parts share, and Lit (the dialog, the policy, the form) or the banner's core (no Lit).
      const chunks = ['common', name.startsWith('consent') ? 'consent-core' : 'shared'].map((chunk) => import(/* @vite-ignore */ new URL(`${chunk}.js`, url).href));
      promise = Promise.all([import(/* @vite-ignore */ url), ...chunks]).then(
        (modules) => modules[0],
        (error: unknown) => {
          loaded.delete(name);
          console.error(`privacy-elements: could not load ${url} (${error}); the page keeps working without it`);
          throw error;
        },
      );
      loaded.set(name, promise);
    }
    return promise;
  };
}

/** The options the element's attributes give (SPEC's attributes in camelCase; `lang` is the texts' business), and its `categories` property. */
function ownOptions(el: HTMLElement): ConsentOptions {
  const own: Record<string, unknown> = { categories: (el as { categories?: unknown }).categories };
  for (const name of ATTRIBUTES.slice(0, -1)) own[name.replace(/-./g, (m) => m[1].toUpperCase())] = el.getAttribute(name) ?? undefined;
  own.consentMode = el.hasAttribute('consent-mode') || undefined;
  return own;
}

/**
 * Starts the page's banner: finds the `<cookie-consent>` (or adds one, configured from the
 * script tag's `data-*`, unless `data-banner="off"`), does what every page view needs, and
 * answers `window.PrivacyElements.consent`.
 */
export function startConsent(doc: Document, script: HTMLScriptElement | null, load: Load): void {
  // Both scripts on one page: the first one runs the banner.
  if ((globalThis as { PrivacyElements?: { consent?: unknown } }).PrivacyElements?.consent) return;
  let host = doc.querySelector<HTMLElement>('cookie-consent');
  if (!host && script?.dataset.banner !== 'off') {
    host = doc.createElement('cookie-consent');
    for (const name of ATTRIBUTES) {
      const value = script?.getAttribute(`data-${name}`);
      if (value != null) host.setAttribute(name, value);
    }
    // First in <body>: among the first stops of the Tab key; an overlay, so nothing moves.
    doc.body.prepend(host);
  }
  // Each decision's `consent-change` bubbles (composed) up to the document.
  const onChange: ConsentApi['onChange'] = (callback) => {
    const listener = (e: Event) => callback((e as CustomEvent).detail);
    doc.addEventListener('consent-change', listener);
    return () => doc.removeEventListener('consent-change', listener);
  };
  let announce!: (record: ConsentRecord | null) => void;
  const ready = new Promise<ConsentRecord | null>((resolve) => (announce = resolve));
  // After the page's own deferred scripts, so their listeners hear `consent-ready`.
  const whenParsed = (then: () => void) => afterParsing(doc, then);
  if (!host) {
    // No banner on this page (`data-banner="off"`): nothing is decided here.
    const none = () => Promise.resolve();
    whenParsed(() => announce(null));
    return expose({ consent: { record: null, ready, onChange, hasConsent: () => false, ...Object.fromEntries(Object.keys(METHODS).map((name) => [name, none])) } });
  }
  const banner = host;
  // The npm build registered `<cookie-consent>` first: that element runs the banner, and the API answers through it.
  if (globalThis.customElements?.get('cookie-consent')) {
    const el = banner as unknown as Record<string, (arg?: unknown) => unknown> & { record: ConsentRecord | null };
    whenParsed(() => announce(el.record));
    const methods = Object.fromEntries(Object.keys(METHODS).map((name) => [name, async (arg?: unknown) => void (await el[name](arg))]));
    return expose({
      consent: {
        get record() {
          return el.record;
        },
        ready,
        onChange,
        hasConsent: (id: string) => !!el.hasConsent(id),
        ...methods,
      },
    });
  }

  // The element's core code, as the full runtime runs it: the same options and record rules.
  let block: ConsentOptions | null = null;
  try {
    block = JSON.parse(doc.querySelector(CONFIG_SELECTOR)?.textContent?.trim() || '{}');
  } catch {
    // Malformed: the full runtime reports it.
  }
  const own = ownOptions(banner);
  // Null when something is wrong with the configuration: the full runtime reads it and says what.
  const quick = block && typeof block === 'object' && !Array.isArray(block) ? quickConsentOptions([own, block]) : null;
  const options = quick ?? quickConsentOptions([])!;
  const key = options.storageKey;
  const read = () => (quick ? readRecord(readStored(key), options, Date.now()) : null);
  const record = read();

  /** The visitor's language, fetched beside the interface rather than after it (`load-json*.ts` take the response). */
  const prefetched: Record<string, Promise<Response>> = {};
  expose({ __texts: prefetched });
  const prefetchTexts = () => {
    const lang = String(banner.closest<HTMLElement>('[lang]')?.lang || block?.lang || navigator.language)
      .slice(0, 2)
      .toLowerCase();
    if (!script?.src || lang === 'en' || !(BUILT_IN as readonly string[]).includes(lang)) return;
    const url = new URL(`locales/${lang}.consent.json`, script.src).href;
    if (!prefetched[url]) (prefetched[url] = fetch(url)).catch(() => undefined);
  };

  // Consent Mode's default goes first, before any gated script can run; a returning visitor's update right after.
  const consentMode = () =>
    consentModeState(
      options.categories.map((c) => c.id),
      (id) => isGranted(options, record, id),
      options.consentModeMap,
    );
  if (quick?.consentMode) {
    consentModeDefault(consentMode());
    if (record) consentModeUpdate(consentMode());
  }
  // (Categories the site did not configure stay inert here too; the full runtime names them.)
  const gate = createScriptGate({ isGranted: (id) => isGranted(options, record, id), root: doc });
  if (quick) {
    gate.apply();
    gate.observe();
  }

  /** Another tab decided: the full runtime takes over and tells the page what changed. */
  const changed = () => read()?.id !== record?.id && void full();
  const onStorage = (e: StorageEvent) => (e.key === key || e.key === null) && changed();
  /** A `data-consent-open` click (a footer "Cookie settings" link) opens the preferences, in one click. */
  const onClick = (e: Event) => {
    if (e.composedPath().some((n) => (n as Element).hasAttribute?.('data-consent-open'))) {
      e.preventDefault();
      void api.showPreferences();
    }
  };
  addEventListener('storage', onStorage);
  // A decision kept in the fallback cookie fires no storage event: other tabs announce it here.
  const channel = consentChannel(key);
  if (channel) channel.onmessage = changed;
  doc.addEventListener('click', onClick);

  /** The full runtime, loaded once; it takes over the gate, the listeners and the record. */
  let runtime: ConsentRuntime | undefined;
  let started: Promise<[ConsentPart, ConsentRuntime]> | undefined;
  const full = (show?: Show) => {
    if (!started) {
      started = (load('consent') as Promise<ConsentPart>).then((part) => {
        gate.disconnect();
        removeEventListener('storage', onStorage);
        channel?.close();
        doc.removeEventListener('click', onClick);
        const handoff = quick ? { previous: record, consentModeSent: true } : { consentModeSent: false };
        runtime = part.takeover(banner, own, handoff);
        return [part, runtime];
      });
      // A part that cannot load was reported once (see partLoader); the page goes on without it.
      started.catch(() => undefined);
    }
    // The texts and the dialog download beside the runtime, not after it.
    if (show) prefetchTexts();
    if (show === 'preferences') void load('consent-dialog').catch(() => undefined);
    return started;
  };

  const api = {
    get record() {
      return runtime ? runtime.store.record : record;
    },
    ready,
    onChange,
    hasConsent: (id: string) => (runtime ? runtime.store.hasConsent(id) : isGranted(options, record, id)),
  } as ConsentApi;
  // The other methods act once the full runtime is there (they resolve then).
  for (const [name, show] of Object.entries(METHODS)) {
    (api as unknown as Record<string, (arg?: unknown) => Promise<void>>)[name] = (arg) =>
      full(show)
        .then(([part, r]) => part.methods[name as Method](r, arg))
        .then(
          () => undefined,
          () => undefined,
        );
  }
  expose({ consent: api });
  // The element's own methods answer before it is upgraded too (the upgrade replaces them with the element's).
  const { ready: _r, onChange: _o, ...methods } = Object.getOwnPropertyDescriptors(api);
  Object.defineProperties(banner, methods);

  // No valid record (a first visit, GPC), a configuration error to report, or a proof of
  // consent to send again: the full runtime is needed on this page view.
  let waiting = false;
  try {
    waiting = !!options.consentEndpoint && !!localStorage.getItem(unsentKey(key));
  } catch {
    // No storage, no waiting proofs.
  }
  if (!record) void full('banner');
  else if (waiting) addEventListener('load', () => void full(), { once: true });

  whenParsed(() => {
    announce(api.record);
    emit(banner, 'consent-ready', { record: api.record });
  });
}
