import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { FieldError, RightsMessages } from '../../core/i18n/messages.js';
import { format, plural } from '../../core/i18n/translate.js';
import { FIELD_NAMES, REQUEST_TYPES, type RequestFields, type RightsRequestPayload } from '../../core/rights-request/request-types.js';
import { typesFor } from '../../core/rights-request/jurisdictions.js';
import { validateRequest } from '../../core/rights-request/validate.js';
import { createRequestClient, type Encoding, type RequestOutcome } from '../../core/rights-request/request-client.js';
import { createDraftStore, draftKey, type DraftStore } from '../../core/rights-request/drafts.js';
import { createFallbackStorage, localStorageBackend, memoryBackend } from '../../core/consent/key-value.js';
import { isHttpUrl } from '../../core/url.js';
import { randomUUID } from '../../core/uuid.js';
import { Texts } from '../shared/texts.js';
import { blockMessages } from '../shared/block-messages.js';
import { rights as english } from '../../locales/en/rights.js';
import { reportError } from '../shared/diagnostics.js';
import { emit } from '../shared/events.js';
import { renderFields } from './form-fields.js';
import { styles } from './rights-request-form.styles.js';

const TAG = 'rights-request-form';
const EMPTY: RequestFields = { type: '', name: '', email: '', relationship: 'self', jurisdiction: '', account: '', details: '' };

export interface RightsRequestSubmitDetail {
  /** May be changed (or replaced) by a listener; `preventDefault()` stops the request. */
  payload: RightsRequestPayload;
}
export interface RightsRequestSuccessDetail {
  payload: RightsRequestPayload;
  response: unknown;
}
export interface RightsRequestErrorDetail {
  payload: RightsRequestPayload;
  error: Exclude<RequestOutcome, { kind: 'success' }>;
}

declare global {
  /** The form's events, typed wherever they are heard (they bubble and are composed). */
  interface GlobalEventHandlersEventMap {
    'rights-request-submit': CustomEvent<RightsRequestSubmitDetail>;
    'rights-request-success': CustomEvent<RightsRequestSuccessDetail>;
    'rights-request-error': CustomEvent<RightsRequestErrorDetail>;
  }
}

type Phase = 'editing' | 'sending' | 'sent' | 'failed';
type FieldName = keyof RequestFields | 'confirm';
/** A field's problem: one of ours (shown in the visitor's language) or the server's own words. */
type FieldProblem = FieldError | { server: string };
/**
 * What the live region says, kept as facts rather than text, so a page that switches
 * language re-renders it in the new one.
 */
type Outcome =
  | { kind: 'none' }
  | { kind: 'fix'; count: number }
  | { kind: 'sending' }
  | { kind: 'sent'; reference: string; due: Date }
  | { kind: 'rejected'; server: string[] }
  | { kind: 'waiting'; busy: boolean; seconds: number }
  | { kind: 'failed'; busy: boolean; message?: string };

/**
 * A form for privacy-rights requests (access, erasure, …), posted to the site's backend.
 * It keeps what the visitor typed as a draft until the request is confirmed, retries
 * with the same `requestId` (the `Idempotency-Key`), and never sends twice at once.
 *
 * @tagname rights-request-form
 * @summary Privacy-rights request form with drafts, retries and an accessible outcome.
 *
 * @attr endpoint - Where requests go (required, http or https).
 * @attr method - `POST` (default) or `PUT`.
 * @attr encoding - `json` (default), `form` (x-www-form-urlencoded) or `multipart`.
 * @attr types - Comma list limiting the request types offered.
 * @attr response-days - Days within which the site answers, shown to the visitor (default 30).
 * @attr credentials - fetch credentials mode (default `same-origin`).
 * @attr timeout - Milliseconds before one attempt is given up (default 15000).
 * @attr lang - UI language (also the `locale` sent); otherwise the nearest `[lang]`, `<html lang>`, `navigator.language`.
 *
 * @prop {string | undefined} endpoint - Where requests go (required, http or https).
 * @prop {'POST' | 'PUT'} [method=POST] - The HTTP method.
 * @prop {'json' | 'form' | 'multipart'} [encoding=json] - How the request body is encoded.
 * @prop {string | undefined} types - Comma list limiting the request types offered.
 * @prop {number} [responseDays=30] - Days within which the site answers (attribute `response-days`).
 * @prop {RequestCredentials} [credentials=same-origin] - fetch credentials mode.
 * @prop {number} [timeout=15000] - Milliseconds before one attempt is given up.
 * @prop {Record<string, string> | undefined} headers - Extra request headers (e.g. a CSRF token).
 * @prop {Record<string, Partial<RightsMessages>> | Partial<RightsMessages> | undefined} messages - Text overrides, keyed by language or for the language shown.
 *
 * @fires {CustomEvent<RightsRequestSubmitDetail>} rights-request-submit - Cancelable; `detail.payload` may be changed.
 * @fires {CustomEvent<RightsRequestSuccessDetail>} rights-request-success - `detail: { payload, response }`.
 * @fires {CustomEvent<RightsRequestErrorDetail>} rights-request-error - `detail: { payload, error }`.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field.
 * @csspart label - Each label or legend.
 * @csspart input - Each control.
 * @csspart error - A field's error, and the message when the form is not set up.
 * @csspart submit-button - Send request.
 * @csspart status - The live region that announces progress and outcome.
 * @csspart confirmation - The confirmation with reference and deadline.
 * @csspart retry-button - Sends the same request again after a failure.
 *
 * @cssprop --pe-color-accent - The submit and retry buttons, radio buttons and checkboxes.
 * @cssprop --pe-color-accent-text - Text on the buttons.
 * @cssprop --pe-color-text - Text colour (default inherited; fields FieldText).
 * @cssprop --pe-color-surface - Background of the fields (default Field).
 * @cssprop --pe-color-muted - Hints.
 * @cssprop --pe-color-error - Error colour.
 * @cssprop --pe-color-border - Field borders.
 * @cssprop --pe-color-focus - Focus ring.
 * @cssprop --pe-color-success - Border of the confirmation.
 * @cssprop --pe-font-family - Font (default inherited).
 * @cssprop --pe-font-size - Font size (default inherited).
 * @cssprop --pe-line-height - Line height (default 1.5).
 * @cssprop --pe-radius - Corner radius.
 * @cssprop --pe-button-radius - Button corner radius (default --pe-radius).
 * @cssprop --pe-spacing - Padding of the confirmation.
 * @cssprop --pe-z-index - Stacking (default auto).
 * @cssprop --pe-form-max-width - Widest the form gets (default 40rem).
 */
export class RightsRequestForm extends LitElement {
  static override styles = styles;
  static override properties = {
    endpoint: {},
    method: {},
    encoding: {},
    types: {},
    responseDays: { attribute: 'response-days', type: Number },
    credentials: {},
    timeout: { type: Number },
    headers: { attribute: false },
    messages: { attribute: false },
    fields: { state: true, attribute: false },
    confirmed: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
  };

  declare private fields: RequestFields;
  declare private confirmed: boolean;
  declare private errors: Partial<Record<FieldName, FieldProblem>>;
  declare private phase: Phase;
  /** What the live region says; the confirmation or failure details. */
  declare private outcome: Outcome;
  private drafts?: DraftStore;
  /** The request sent and not confirmed: a retry resends exactly this (same requestId). */
  private pending?: RightsRequestPayload;
  private readonly texts = new Texts(this, this, 'rights', english, () => [blockMessages(this.ownerDocument), this.messages]);
  private misconfigured = '';

  declare endpoint?: string;
  declare method: 'POST' | 'PUT';
  declare encoding: Encoding;
  declare types?: string;
  declare responseDays: number;
  declare credentials: RequestCredentials;
  declare timeout: number;
  /** Extra request headers, e.g. a CSRF token. */
  declare headers?: Record<string, string>;
  /** Overrides for any of the element's texts, keyed by language or for whatever language is shown. */
  declare messages?: Partial<RightsMessages> | Record<string, Partial<RightsMessages>>;

  constructor() {
    super();
    this.fields = { ...EMPTY };
    this.confirmed = false;
    this.errors = {};
    this.phase = 'editing';
    this.outcome = { kind: 'none' };
    this.method = 'POST';
    this.encoding = 'json';
    this.responseDays = 30;
    this.credentials = 'same-origin';
    this.timeout = 15000;
  }

  private get t(): RightsMessages {
    return this.texts.t;
  }

  /** The request types on offer: by the visitor's jurisdiction, limited by `types`. */
  private get offered(): string[] {
    const allowed = this.types
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => (REQUEST_TYPES as readonly string[]).includes(s));
    return typesFor(this.fields.jurisdiction, allowed);
  }

  /** Text typed just before a reload, a navigation or a switch to another app is not lost. */
  private flushDraft = (): void => this.drafts?.flush();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushDraft();
    removeEventListener('pagehide', this.flushDraft);
    this.ownerDocument.removeEventListener('visibilitychange', this.flushDraft);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
    this.ownerDocument.addEventListener('visibilitychange', this.flushDraft);
    // The draft is scoped to the page and the form, and restored on reload.
    this.drafts ??= createDraftStore({
      storage: createFallbackStorage([localStorageBackend(), memoryBackend()]),
      key: draftKey(location.pathname, this.id || this.getAttribute('endpoint') || TAG),
    });
    const draft = this.drafts.load();
    if (draft) {
      this.fields = { ...EMPTY, ...pick(draft.fields) };
      this.confirmed = draft.confirmed === true;
      if (draft.requestId) this.pending = { ...this.payload(draft.requestId), ...pick(draft.fields) };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the first update too: a form that never had an endpoint attribute changes nothing.
    if (changed.has('endpoint') || !this.hasUpdated) {
      const problem = !this.endpoint ? '"endpoint" is required' : !isHttpUrl(this.endpoint) ? `"endpoint" must be an http or https URL, not ${JSON.stringify(this.endpoint)}` : '';
      if (problem && problem !== this.misconfigured) reportError(TAG, problem);
      this.misconfigured = problem;
    }
  }

  private payload(requestId: string): RightsRequestPayload {
    const f = this.fields;
    return {
      requestId,
      type: f.type,
      name: f.name.trim(),
      email: f.email.trim(),
      relationship: f.relationship,
      jurisdiction: f.jurisdiction,
      account: f.account.trim(),
      details: f.details.trim(),
      locale: this.texts.lang,
      submittedAt: new Date().toISOString(),
      page: location.href,
    };
  }

  private onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement;
    // Editing after a failure goes back to a normal submit (the same id if nothing changed).
    if (this.phase === 'failed') this.phase = 'editing';
    if (target.id === 'confirm') this.confirmed = target.checked;
    else if ((FIELD_NAMES as readonly string[]).includes(target.name) && (target.type !== 'radio' || target.checked)) {
      this.fields = { ...this.fields, [target.name]: target.value };
      // A type the new jurisdiction does not offer is not kept.
      if (target.name === 'jurisdiction' && this.fields.type && !this.offered.includes(this.fields.type)) this.fields = { ...this.fields, type: '' };
    }
    if (this.errors[target.name as keyof RequestFields] || (target.id === 'confirm' && this.errors.confirm)) {
      const { [target.id === 'confirm' ? 'confirm' : (target.name as keyof RequestFields)]: _, ...rest } = this.errors;
      this.errors = rest;
    }
    this.drafts?.saveSoon({ fields: this.fields, requestId: this.pending?.requestId, confirmed: this.confirmed });
  };

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.phase === 'sending' || this.misconfigured) return;
    const problems = validateRequest(this.fields, this.confirmed, this.offered);
    if (Object.keys(problems).length) {
      this.errors = problems;
      this.outcome = { kind: 'fix', count: Object.keys(problems).length };
      await this.updateComplete;
      this.focusFirstError();
      return;
    }
    // Bots fill the hidden field; they get the usual confirmation and nothing is sent.
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#website');
    if (honeypot?.value) {
      this.confirm(this.payload(randomUUID()).requestId, new Date());
      return;
    }
    // The same fields as the request still pending keep its id, so the backend can de-duplicate.
    const current = this.payload(randomUUID());
    const same = this.pending && FIELD_NAMES.every((k) => this.pending![k] === current[k]);
    const payload = same ? { ...this.pending!, submittedAt: current.submittedAt } : current;
    await this.send(payload);
  };

  private async send(initial: RightsRequestPayload): Promise<void> {
    const detail: RightsRequestSubmitDetail = { payload: initial };
    if (!emit(this, 'rights-request-submit', detail, true)) return;
    const payload = detail.payload;
    this.pending = payload;
    this.drafts?.save({ fields: this.fields, requestId: payload.requestId, confirmed: this.confirmed });
    this.phase = 'sending';
    this.errors = {};
    this.outcome = { kind: 'sending' };
    const client = createRequestClient({
      endpoint: this.endpoint!,
      method: this.method === 'PUT' ? 'PUT' : 'POST',
      encoding: (['json', 'form', 'multipart'] as const).includes(this.encoding) ? this.encoding : 'json',
      credentials: this.credentials,
      headers: this.headers,
      timeout: this.timeout > 0 ? this.timeout : 15000,
    });
    // A wait before the next attempt is said, with how long: "Sending…" for 29 s would look stuck.
    const outcome = await client.send(payload, {
      onWait: ({ reason, status, delay }) => {
        this.outcome = { kind: 'waiting', busy: reason === 'rate-limited' || status === 503, seconds: Math.max(1, Math.round(delay / 1000)) };
      },
    });
    if (outcome.kind === 'success') {
      this.drafts?.clear();
      this.pending = undefined;
      this.confirm(outcome.reference, new Date(payload.submittedAt));
      emit<RightsRequestSuccessDetail>(this, 'rights-request-success', { payload, response: outcome.response });
      return;
    }
    if (outcome.kind === 'rejected') {
      // The server saw and refused it: a corrected request is a new one.
      this.pending = undefined;
      this.phase = 'editing';
      const known = Object.entries(outcome.errors).filter(([k]) => (FIELD_NAMES as readonly string[]).includes(k));
      this.errors = Object.fromEntries(known.map(([k, v]) => [k, { server: v }]));
      const other = Object.entries(outcome.errors)
        .filter(([k]) => !(FIELD_NAMES as readonly string[]).includes(k))
        .map(([, v]) => v);
      this.outcome = { kind: 'rejected', server: [outcome.message ?? '', ...other].filter(Boolean) };
      await this.updateComplete;
      this.focusFirstError();
    } else {
      this.phase = 'failed';
      this.outcome = { kind: 'failed', busy: outcome.reason === 'rate-limited' || outcome.status === 503, message: outcome.message };
    }
    emit<RightsRequestErrorDetail>(this, 'rights-request-error', { payload, error: outcome });
  }

  private confirm(reference: string, submitted: Date): void {
    const due = new Date(submitted.getTime() + this.responseDays * 864e5);
    this.phase = 'sent';
    this.outcome = { kind: 'sent', reference, due };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="confirmation"]')?.focus());
  }

  private focusFirstError(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }

  private onRetry = (): void => {
    if (this.pending) void this.send({ ...this.pending });
  };

  /** The live region's text, in the language shown now. */
  private statusText(t: RightsMessages): string {
    const o = this.outcome;
    switch (o.kind) {
      case 'fix':
        return plural(t.fixErrors, o.count, this.texts.lang);
      case 'sending':
        return t.sending;
      case 'sent':
        return format(t.success, { reference: o.reference, due: new Intl.DateTimeFormat(this.texts.lang, { dateStyle: 'long' }).format(o.due) });
      case 'rejected':
        return [t.rejected, ...o.server].join(' ');
      case 'waiting':
        return plural(o.busy ? t.busyRetrying : t.retrying, o.seconds, this.texts.lang);
      case 'failed':
        return o.busy ? t.busy : t.failed;
      default:
        return '';
    }
  }

  /** Resolves once rendered in the visitor's language (after its texts have loaded). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.texts.updateComplete(super.getUpdateComplete());
  }

  override render() {
    if (!this.texts.ready) return nothing;
    const t = this.t;
    const { lang, dir } = this.texts;
    if (this.phase === 'sent') {
      return html`<div part="confirmation" class="confirmation" tabindex="-1" lang=${lang} dir=${dir}>
        <h2>${t.successTitle}</h2>
        <p part="status" role="status">${this.statusText(t)}</p>
      </div>`;
    }
    const sending = this.phase === 'sending';
    return html`<form part="form" novalidate lang=${lang} dir=${dir} @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} aria-busy=${sending ? 'true' : 'false'}>
      ${this.misconfigured ? html`<p part="error" class="error" role="alert">${t.misconfigured}</p>` : html`<p class="intro">${t.intro}</p>`}
      ${renderFields({ t, lang, fields: this.fields, confirmed: this.confirmed, errors: errorTexts(this.errors, t), types: this.offered, disabled: sending })}
      <div class="actions">
        ${
          this.phase === 'failed'
            ? html`<button type="button" part="retry-button" @click=${this.onRetry}>${t.retry}</button>`
            : html`<button type="submit" part="submit-button" ?disabled=${!!this.misconfigured} aria-disabled=${sending ? 'true' : 'false'}>
              ${sending ? t.sending : t.submit}
            </button>`
        }
      </div>
      <p part="status" class="status ${this.phase === 'failed' ? 'failed' : ''}" role="status" aria-live="polite">${this.statusText(t)}</p>
    </form>`;
  }
}

/** Each field's problem in the language shown. */
function errorTexts(errors: Partial<Record<FieldName, FieldProblem>>, t: RightsMessages): Partial<Record<FieldName, string>> {
  return Object.fromEntries(Object.entries(errors).map(([k, p]) => [k, typeof p === 'string' ? t.errors[p] : p.server]));
}

/** Only the known fields of a stored draft, as strings. */
function pick(fields: Partial<RequestFields>): Partial<RequestFields> {
  const out: Partial<RequestFields> = {};
  for (const k of FIELD_NAMES) if (typeof fields?.[k] === 'string') out[k] = fields[k];
  return out;
}
