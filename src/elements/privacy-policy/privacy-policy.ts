import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { PolicyDocument } from '../../core/policy/policy-types.js';
import { parsePolicy } from '../../core/policy/parse-policy.js';
import { loadPolicy, PolicyLoadError } from '../../core/policy/load-policy.js';
import type { PolicyMessages } from '../../core/i18n/messages.js';
import { format } from '../../core/i18n/translate.js';
import { pageLanguage, Texts } from '../shared/texts.js';
import { blockMessages } from '../shared/block-messages.js';
import { policy as english } from '../../locales/en/policy.js';
import { emit } from '../shared/events.js';
import { renderDocument } from './render-document.js';
import { styles } from './privacy-policy.styles.js';

export interface PolicyLoadDetail {
  document: PolicyDocument;
}
export interface PolicyErrorDetail {
  error: PolicyLoadError;
}

declare global {
  /** The policy display's events, typed wherever they are heard (they bubble and are composed). */
  interface GlobalEventHandlersEventMap {
    'policy-load': CustomEvent<PolicyLoadDetail>;
    'policy-error': CustomEvent<PolicyErrorDetail>;
  }
}

/**
 * A site's privacy policy, from plain text or Markdown, as a readable, navigable,
 * accessible document.
 *
 * Source, first found wins: `src`, the `text` property, an inline
 * `<script type="text/plain">` or `<template>` child, the element's own text.
 *
 * @tagname privacy-policy
 * @summary Renders a privacy policy with title, dates, table of contents and deep links.
 *
 * @attr src - URL of the policy: plain text, Markdown, or the JSON of a parsed document.
 * @attr heading-level - Level of the title heading (2 by default, below the page's own h1); sections follow below it.
 * @attr no-toc - Present: no table of contents.
 * @attr lang - Language of the policy (its dates are shown in it) and of the element's own texts; otherwise the nearest `[lang]`, `<html lang>` (texts also `navigator.language`).
 *
 * @prop {string | undefined} src - URL of the policy: plain text, Markdown, or the JSON of a parsed document.
 * @prop {string | undefined} text - The policy's text, when it is not fetched from `src`.
 * @prop {number} [headingLevel=2] - Level of the title heading (attribute `heading-level`).
 * @prop {boolean} [noToc=false] - No table of contents (attribute `no-toc`).
 * @prop {Record<string, Partial<PolicyMessages>> | Partial<PolicyMessages> | undefined} messages - Text overrides, keyed by language or for the language shown.
 *
 * @fires {CustomEvent<PolicyLoadDetail>} policy-load - The document is shown; `detail: { document }`.
 * @fires {CustomEvent<PolicyErrorDetail>} policy-error - `src` could not be loaded; `detail: { error }`. A message is shown in place.
 *
 * @csspart document - The `<article>`.
 * @csspart title - The title heading.
 * @csspart dates - The dates line.
 * @csspart toc - The table of contents.
 * @csspart section - Each section.
 * @csspart heading - Each section heading.
 * @csspart table - Each table.
 * @csspart table-scroll - The scrolling box around a wide table (focusable, so the keyboard can scroll it).
 * @csspart error - The message shown when `src` fails.
 * @csspart status - The loading message.
 *
 * @cssprop --pe-policy-max-width - Line length (default 70ch).
 * @cssprop --pe-policy-line-height - Line height (default --pe-line-height, else 1.6).
 * @cssprop --pe-policy-scroll-margin - Space above a section scrolled to by a link.
 * @cssprop --pe-color-text - Text colour (default inherited).
 * @cssprop --pe-color-surface - Background (default transparent).
 * @cssprop --pe-color-muted - Section numbers and dates.
 * @cssprop --pe-color-accent - Links.
 * @cssprop --pe-color-border - Table and contents borders.
 * @cssprop --pe-color-focus - Focus ring.
 * @cssprop --pe-color-error - Border of the error message.
 * @cssprop --pe-color-code - Background of inline code.
 * @cssprop --pe-color-table-header - Background of table header cells.
 * @cssprop --pe-font-family - Font (default inherited).
 * @cssprop --pe-font-family-code - Font of inline code.
 * @cssprop --pe-font-size - Font size (default inherited).
 * @cssprop --pe-line-height - Line height.
 * @cssprop --pe-radius - Corner radius of the contents box and the error.
 * @cssprop --pe-z-index - Stacking (default auto).
 */
export class PrivacyPolicy extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    text: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    noToc: { attribute: 'no-toc', type: Boolean },
    messages: { attribute: false },
    inline: { state: true, attribute: false },
  };

  /** Loads `src`; a newer `src` aborts the older request and its result is dropped. */
  private readonly load = new Task(this, {
    task: ([src], { signal }) => loadPolicy(src as string, { signal }),
    args: () => [this.src] as const,
    autoRun: false,
    onError: (error) => {
      if (error instanceof PolicyLoadError) emit<PolicyErrorDetail>(this, 'policy-error', { error });
    },
  });

  /** Text from an inline child or the element's own text, read when connected and when it changes. */
  declare private inline: string;
  private observer?: MutationObserver;
  private parsed?: { text: string; document: PolicyDocument };
  private readonly texts = new Texts(this, this, 'policy', english, () => [blockMessages(this.ownerDocument), this.messages]);
  private announced?: PolicyDocument;

  declare src?: string;
  /** The policy as plain text or Markdown (used when there is no `src`). */
  declare text?: string;
  declare headingLevel: number;
  declare noToc: boolean;
  /** Overrides for any of the element's texts, keyed by language or for whatever language is shown. */
  declare messages?: Partial<PolicyMessages> | Record<string, Partial<PolicyMessages>>;

  constructor() {
    super();
    this.inline = '';
    this.headingLevel = 2;
    this.noToc = false;
  }

  /** The document on show, or undefined while loading or after an error. */
  get document(): PolicyDocument | undefined {
    if (!this.src) return this.parsed?.document;
    return this.load.status === TaskStatus.COMPLETE ? this.load.value : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    this.observer ??= new MutationObserver(() => this.readInline());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.load.run();
    const text = this.text ?? this.inline;
    if (!this.src && this.parsed?.text !== text) this.parsed = { text, document: parsePolicy(text) };
  }

  /** Once per new document, when it is on screen: the event, then the section named in the URL. */
  protected override updated(): void {
    const document = this.document;
    // Not before it is on screen: in another language, after its texts have arrived.
    if (!document || !this.texts.ready || this.announced === document) return;
    this.announced = document;
    emit<PolicyLoadDetail>(this, 'policy-load', { document });
    this.scrollToHash(false);
  }

  private readInline(): void {
    const source = this.querySelector(':scope > script[type="text/plain"], :scope > template');
    this.inline = (source instanceof HTMLTemplateElement ? source.content.textContent : source ? source.textContent : this.textContent) ?? '';
  }

  private onHashChange = () => this.scrollToHash(true);

  /** `#slug` in the page URL scrolls to that section (the id lives in the shadow root, so the browser cannot). */
  private scrollToHash(focus: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id && this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    const headingEl = target.querySelector<HTMLElement>('[part~="heading"]') ?? target;
    headingEl.scrollIntoView({ block: 'start' });
    // Keyboard users continue from the section they jumped to.
    if (focus) headingEl.focus({ preventScroll: true });
  }

  /** A link in the table of contents to the section already in the URL still scrolls there. */
  private onTocClick = (e: Event): void => {
    const link = (e.target as Element).closest('a');
    if (link && link.hash === location.hash) {
      e.preventDefault();
      this.scrollToHash(true);
    }
  };

  /** Dates in the document's language: the policy's `Stand: 02.11.2026` stays German on a German page. */
  private formatDate = (iso: string): string => {
    try {
      return new Intl.DateTimeFormat(pageLanguage(this) ?? this.texts.lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`));
    } catch {
      return iso;
    }
  };

  /** Resolves once rendered in the visitor's language (after its texts have loaded). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.texts.updateComplete(super.getUpdateComplete());
  }

  /**
   * The policy is the site's text: it keeps the page's language (no `lang` of ours on it).
   * Only the element's own texts — contents, loading, errors — carry the UI language.
   */
  override render() {
    if (!this.texts.ready) return nothing;
    const t: PolicyMessages = this.texts.t;
    const ui = { lang: this.texts.lang, dir: this.texts.dir };
    const status = () => html`<p part="status" role="status" lang=${ui.lang} dir=${ui.dir}>${t.loading}</p>`;
    const show = (doc: PolicyDocument) =>
      !doc.title && !doc.sections.length && !doc.blocks.length
        ? html`<p part="status" lang=${ui.lang} dir=${ui.dir}>${t.empty}</p>`
        : renderDocument(doc, { headingLevel: clampLevel(this.headingLevel), toc: !this.noToc, contentsLabel: t.contents, ui, formatDate: this.formatDate });
    const body = this.src
      ? this.load.render({
          initial: status,
          pending: status,
          complete: show,
          error: (error) => {
            const e = error instanceof PolicyLoadError ? error : null;
            const reason = e ? (e.kind === 'http' ? format(t.reasons.http, { status: e.status ?? 0 }) : t.reasons[e.kind]) : String(error);
            return html`<div part="error" role="alert" lang=${ui.lang} dir=${ui.dir}>
              <p><strong>${t.loadFailed}</strong></p>
              <p>${reason} <span class="url">${t.triedUrl} <bdi>${this.src}</bdi></span></p>
            </div>`;
          },
        })
      : this.parsed
        ? show(this.parsed.document)
        : nothing;
    // One listener for the contents' links (real links, reached by keyboard): delegation, not a click target.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div @click=${this.onTocClick}>${body}</div>`;
  }
}

function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(Math.max(Math.round(level), 1), 9) : 2;
}
