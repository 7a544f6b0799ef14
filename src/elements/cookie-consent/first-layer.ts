import type { ConsentChange } from '../../core/consent/consent-types.js';
import type { ConsentInterface, ConsentRuntime, ConsentView } from '../../integrations/consent-runtime.js';
import type { PreferencesDialog } from './preferences-dialog.js';
import { deepActiveElement, focusAfterOverlay, overlaps, scrollToUncover } from '../shared/focus.js';
import { Texts, type TextsHost } from '../shared/texts.js';
import { sheetOf } from '../shared/css-text.js';
import { consent as english } from '../../locales/en/consent.js';
import { bannerCss } from './cookie-consent.styles.js';

/** Where a `<cookie-consent>` keeps its first layer, so the Lit element takes over the one the loader drew. */
const LAYER = Symbol.for('privacy-elements.first-layer');

/** The banner element as the first layer sees it, upgraded or not. */
export interface BannerHost extends HTMLElement {
  layout?: string;
  messages?: unknown;
  [LAYER]?: FirstLayer;
}

type Action = 'accept' | 'reject' | 'dismiss' | 'customize';

/** `document.createElement` with attributes and children. */
export function h(tag: string, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Sets a text only when it changed, so nothing is announced or re-laid out for nothing. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** How the texts ask the first layer to draw again (the Lit element's update, once it has taken over). */
class Drawing implements TextsHost {
  constructor(private readonly layer: FirstLayer) {}
  requestUpdate(): void {
    this.layer.schedule();
  }
  get updateComplete(): Promise<unknown> {
    return this.layer.completes();
  }
}

/**
 * The banner's first layer — text, policy link, Reject all / Accept all / Customize (or
 * the GPC notice), the polite status region — and what it does for the keyboard: focus
 * back to the page after a decision, the banner out of the way of the focused element.
 * Plain DOM, no Lit: the script-tag loader shows it on a first visit without loading Lit;
 * the Lit element draws its first layer with the same code and adds the dialog.
 */
export class FirstLayer {
  view: ConsentView;
  /** The edge the banner has moved to, so as not to cover the focused page element. */
  dodge: '' | 'top' | 'bottom' = '';
  /** What the polite live region says after a decision. */
  announcement = '';
  /** Set while the preferences are open or opening: their texts are needed even with no banner. */
  wantsTexts = false;
  /** The preferences dialog, once opened. */
  dialog?: PreferencesDialog;
  /** The texts the dialog was drawn with: new ones (a language loaded or switched) redraw it. */
  private dialogTexts?: object;
  readonly texts: Texts<'consent'>;
  /** How a drawing is asked for: by default the next microtask; the Lit element asks for its update (and draws in it). */
  schedule = (): void => void (this.pending ??= Promise.resolve().then(() => ((this.pending = undefined), this.draw())));
  /** Settles once the drawing asked for is done. */
  completes = (): Promise<unknown> => this.pending ?? Promise.resolve();
  /** The page element focused last, where focus goes back after a decision made in the banner. */
  private lastPageFocus?: HTMLElement;
  private pending?: Promise<void>;
  private connected = false;

  /** The first layer of a banner element: the one already drawn for it, else a new one. */
  static of(host: BannerHost, runtime: ConsentRuntime): FirstLayer {
    return (host[LAYER] ??= new FirstLayer(host, runtime));
  }

  private constructor(
    readonly host: BannerHost,
    readonly runtime: ConsentRuntime,
  ) {
    this.view = runtime.view;
    this.texts = new Texts(
      host,
      new Drawing(this),
      'consent',
      english,
      () => [runtime.blockMessages, host.messages],
      () => this.view !== 'hidden' || this.wantsTexts,
    );
  }

  get updateComplete(): Promise<unknown> {
    return this.texts.updateComplete(this.completes());
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  /** Follows the page's language and focus; undone by {@link disconnect}. */
  connect(): void {
    if (this.connected) return;
    this.connected = true;
    this.texts.hostConnected();
    this.host.ownerDocument.addEventListener('focusin', this.onDocumentFocus);
  }

  disconnect(): void {
    this.connected = false;
    this.texts.hostDisconnected();
    this.host.ownerDocument.removeEventListener('focusin', this.onDocumentFocus);
  }

  setView(view: ConsentView): void {
    this.view = view;
    this.schedule();
  }

  /** Draws (or updates, or removes) the first layer and the status region in the shadow root. */
  draw(): void {
    const root = this.root;
    if (!root) return;
    const texts = this.texts;
    texts.hostUpdate();
    if (this.dialog?.isOpen && this.dialogTexts !== texts.t) this.dialog.redraw();
    this.dialogTexts = texts.t;
    // The shadow root's own children (the dialog, drawn by Lit, has elements of its own).
    const child = (selector: string) => [...root.children].find((c) => c.matches(selector)) as HTMLElement | undefined;
    let status = child('[role="status"]');
    if (!status) root.prepend((status = h('div', { class: 'visually-hidden', role: 'status' })));
    setText(status, this.announcement);
    let banner = child('.banner');
    // Until the visitor's language has loaded, nothing: English must not flash first.
    if (this.view === 'hidden' || !texts.ready) return void banner?.remove();
    const t = texts.t;
    const gpc = this.view === 'gpc';
    if (banner?.dataset.view !== this.view) {
      const fresh = this.build(gpc);
      if (banner) banner.replaceWith(fresh);
      else root.prepend(fresh);
      banner = fresh;
    }
    const own = this.host.layout;
    // A layout set after start (a page's switcher) applies at once; an invalid one was reported at start.
    const layout = own === 'box' || own === 'center' || own === 'bar' ? own : this.runtime.options.layout;
    const className = `banner ${layout}${this.dodge ? ` dodge-${this.dodge}` : ''}`;
    if (banner.className !== className) banner.className = className;
    if (banner.lang !== texts.lang) banner.lang = texts.lang;
    if (banner.dir !== texts.dir) banner.dir = texts.dir;
    const [title, message, actions] = banner.children;
    setText(title, t.bannerTitle);
    (message.firstChild as Text).data = gpc ? t.gpcText : t.bannerText;
    const { policyUrl } = this.runtime.options;
    let link = message.querySelector('a');
    if (!policyUrl) link?.remove();
    else {
      if (!link) message.append((link = h('a', { part: 'policy-link' }) as HTMLAnchorElement));
      if (link.getAttribute('href') !== policyUrl) link.setAttribute('href', policyUrl);
      setText(link, t.policyLink);
    }
    const labels: Record<string, string> = { 'dismiss-button': t.dismiss, 'reject-button': t.rejectAll, 'accept-button': t.acceptAll, 'customize-button': t.customize };
    for (const button of actions.children) setText(button, labels[button.getAttribute('part')!]);
  }

  /** The first layer's elements; the texts come in {@link draw}. Buttons in source order: Reject, Accept, Customize. */
  private build(gpc: boolean): HTMLElement {
    const button = (part: string, action: Action) => {
      const b = h('button', { type: 'button', class: action === 'customize' ? 'customize' : 'choice', part });
      b.addEventListener('click', () => this.act(action));
      return b;
    };
    const banner = h(
      'div',
      { part: 'banner', role: 'region', 'aria-labelledby': 'banner-title', tabindex: '-1', 'data-view': gpc ? 'gpc' : 'banner' },
      h('p', { class: 'title', id: 'banner-title' }),
      h('p', { part: 'message' }, '', ' '),
      h(
        'div',
        { class: 'actions', part: 'actions' },
        ...(gpc ? [button('dismiss-button', 'dismiss')] : [button('reject-button', 'reject'), button('accept-button', 'accept')]),
        button('customize-button', 'customize'),
      ),
    );
    return banner;
  }

  private act(action: Action): void {
    const { store } = this.runtime;
    if (action === 'accept') store.acceptAll('visitor');
    else if (action === 'reject') store.rejectAll('visitor');
    else if (action === 'customize') void this.runtime.openPreferences();
    else {
      // The GPC notice read: it goes, and focus goes back to the page as after a decision.
      this.setView('hidden');
      this.focusBack();
    }
  }

  /** A decision was stored: taken in the banner or the dialog, it is announced and focus goes back to the page. */
  decided({ record, source }: ConsentChange): void {
    if (source !== 'visitor' || !record) return;
    const t = this.texts.t;
    this.announcement = record.method === 'accept-all' ? t.savedAccepted : record.method === 'reject-all' ? t.savedRejected : t.savedCustom;
    this.schedule();
    this.focusBack();
  }

  /**
   * The control that had focus is gone: focus goes back to where the visitor was on the
   * page (else the main content).
   */
  private focusBack(): void {
    const doc = this.host.ownerDocument;
    const active = deepActiveElement(doc);
    const inside = !active || active === doc.body || active === this.host || !!this.root?.contains(active);
    if (inside) void this.updateComplete.then(() => focusAfterOverlay(doc, this.lastPageFocus));
  }

  /**
   * Shows the first layer again. Called from a control on the page (a "show the banner"
   * button), it takes focus, so the keyboard goes on in the banner and comes back after.
   */
  show(): void {
    this.setView((this.runtime.view = 'banner'));
    const active = deepActiveElement(this.host.ownerDocument);
    if (active && active !== this.host.ownerDocument.body && active !== this.host && !this.root?.contains(active)) {
      this.lastPageFocus = active;
      void this.updateComplete.then(() => this.root?.querySelector<HTMLElement>('.banner')?.focus());
    }
  }

  /** Keeps the focused page element from hiding behind the banner (WCAG 2.2, 2.4.11). */
  private onDocumentFocus = (e: FocusEvent): void => {
    const root = this.root;
    const target = e.composedPath()[0] as HTMLElement;
    if (!root || target === this.host || root.contains(target)) return;
    this.lastPageFocus = target;
    if (!root.querySelector('.banner')) return;
    const uncover = () => {
      const box = root.querySelector('.banner')?.getBoundingClientRect();
      if (!box) return;
      const dy = scrollToUncover(target.getBoundingClientRect(), box);
      if (dy) scrollBy({ top: dy, behavior: 'instant' });
      // Still covered (the end of the page, or a card in the middle): the banner moves to the other edge.
      const r = target.getBoundingClientRect();
      if (overlaps(r, box)) {
        this.dodge = (r.top + r.bottom) / 2 > innerHeight / 2 ? 'top' : 'bottom';
        this.schedule();
      }
    };
    // Tab scrolls the page to the new focus after this event: look again once it has.
    const later = () => requestAnimationFrame(uncover);
    if (this.dodge) {
      this.dodge = '';
      this.schedule();
      void this.completes().then(later);
    } else {
      uncover();
      later();
    }
  };
}

/**
 * What the runtime tells the banner, the same for the Lit element and the script-tag
 * banner: the first layer follows the view, a decision is announced and hands focus back,
 * the preferences dialog is imported when first opened.
 */
export function bannerInterface(layer: FirstLayer): ConsentInterface {
  return {
    view: (view) => {
      layer.setView(view);
      if (view !== 'gpc') layer.dialog?.close();
    },
    decided: (change) => layer.decided(change),
    async openPreferences() {
      const { PreferencesDialog } = await import('./preferences-dialog.js');
      layer.dialog ??= new PreferencesDialog(layer, layer.runtime);
      await layer.dialog.open();
    },
    show: () => layer.show(),
    get lang() {
      return layer.texts.lang;
    },
  };
}

/**
 * The script-tag banner (no Lit): draws in the banner element's own shadow root, with the
 * element's styles as one constructable sheet.
 */
export function attachBanner(host: BannerHost, runtime: ConsentRuntime): ConsentInterface {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!root.adoptedStyleSheets.length) root.adoptedStyleSheets = [sheetOf(bannerCss)];
  const layer = FirstLayer.of(host, runtime);
  layer.connect();
  layer.schedule();
  return bannerInterface(layer);
}
