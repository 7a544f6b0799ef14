import type { ReactiveController } from 'lit';
import { declaredDir, declaredLanguages } from './page-language.js';
import { mergeMessages, messagesByLanguage, overridesFor, suppliedLanguages } from '../../core/i18n/translate.js';
import { BUILT_IN, builtInTexts, isRtl, loadTexts, pickLanguage, type Part, type Parts } from '../../locales/index.js';

/**
 * What draws the texts: a way to draw again, and a promise of the next drawing. A Lit
 * element is one; the banner's first layer, which draws without Lit, gives the same.
 */
export interface TextsHost {
  requestUpdate(): void;
  readonly updateComplete: Promise<unknown>;
  addController?(controller: ReactiveController): void;
}
type Host = TextsHost;

/** How long a language file may take before English is shown (it replaces English when it arrives). */
const LOAD_GRACE_MS = 3000;

export { pageLanguage } from './page-language.js';

// One observer per page: a site that switches `<html lang>` or `dir` re-renders every element.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
function watch(host: Host, doc: Document, on: boolean): void {
  if (on) hosts.add(host);
  else hosts.delete(host);
  if (!observer && hosts.size && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  } else if (observer && !hosts.size) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * An element's texts: picks the language (the element's `lang`, the nearest `[lang]`,
 * `<html lang>`, `navigator.language`, among the built-in languages and those the site
 * supplies through `messages`), loads a built-in language on first use, and lays the
 * site's overrides over it. Until a language that is being loaded arrives, {@link ready}
 * is false and the element shows nothing rather than English first.
 */
export class Texts<P extends Part> implements ReactiveController {
  /** The resolved UI language, as the wire format's `locale`. */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** False while the language's file loads (at most {@link LOAD_GRACE_MS}). */
  ready = true;
  private merged?: { key: unknown[]; texts: Parts[P] };
  /** The language being loaded, and whether English may show meanwhile. */
  private loading?: string;
  private graceOver = false;

  constructor(
    /** Where the texts show: the element whose `lang` and ancestors choose the language. */
    private readonly el: HTMLElement,
    private readonly host: Host,
    private readonly part: P,
    /** The element's English texts, the fallback of every language. */
    private readonly english: Parts[P],
    /** The site's overrides, the weakest first: (for the banner) the config block's `messages`, then the element's property. */
    private readonly overrides: () => unknown[],
    /** Whether anything is to be shown: a banner a returning visitor never sees loads no language. */
    private readonly needed: () => boolean = () => true,
  ) {
    host.addController?.(this);
  }

  hostConnected(): void {
    watch(this.host, this.el.ownerDocument, true);
  }

  hostDisconnected(): void {
    watch(this.host, this.el.ownerDocument, false);
  }

  /** Resolves language, direction and texts before each render (Lit calls it after `willUpdate`). */
  hostUpdate(): void {
    // Rendered on a server (no document): the element's own language if built in and loaded, else English; the browser takes over.
    if (!this.el.ownerDocument) {
      this.merged ??= { key: [], texts: this.english };
      return;
    }
    const sets = this.overrides().map(messagesByLanguage);
    const el = this.el;
    const lang = pickLanguage([...declaredLanguages(el), globalThis.navigator?.language], suppliedLanguages(...sets));
    const ancestorDir = declaredDir(el);
    this.lang = lang;
    this.dir = isRtl(lang) || ancestorDir === 'rtl' ? 'rtl' : 'ltr';
    const base = lang === 'en' ? this.english : builtInTexts(lang, this.part);
    const pending = !base && (BUILT_IN as readonly string[]).includes(lang) && this.needed();
    if (pending && this.loading !== lang) this.load(lang);
    this.ready = !pending || (this.loading === lang && this.graceOver);
    const texts = base ?? this.english;
    const layers = overridesFor(lang, ...sets);
    const key = [texts, ...layers];
    if (!this.merged || key.length !== this.merged.key.length || key.some((k, i) => k !== this.merged!.key[i])) {
      this.merged = { key, texts: mergeMessages(this.english, texts, ...layers) };
    }
  }

  /** The texts to show: built-in language (or English), with the site's overrides. */
  get t(): Parts[P] {
    if (!this.merged) this.hostUpdate();
    return this.merged!.texts;
  }

  /** Settles when the language being loaded has arrived (or failed, or the grace time ran out). */
  settled: Promise<unknown> = Promise.resolve();

  private load(lang: string): void {
    this.loading = lang;
    this.graceOver = false;
    let timer: ReturnType<typeof setTimeout>;
    const grace = new Promise((resolve) => (timer = setTimeout(resolve, LOAD_GRACE_MS)));
    const texts = loadTexts(lang, this.part);
    // Loaded: render with it. Failed or late: English now, and a late file still replaces it.
    this.settled = Promise.race([texts, grace]).then(() => {
      clearTimeout(timer);
      this.graceOver = true;
      this.host.requestUpdate();
    });
    void texts.then(() => this.host.requestUpdate());
  }

  /**
   * For the element's `getUpdateComplete()`: `await el.updateComplete` then means "rendered
   * in the visitor's language", as a page or a test expects.
   */
  async updateComplete<T>(done: Promise<T>): Promise<T> {
    const result = await done;
    if (this.ready) return result;
    await this.settled;
    return this.host.updateComplete as Promise<T>;
  }
}
