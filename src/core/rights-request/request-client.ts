import type { RightsRequestPayload } from './request-types.js';

export type Encoding = 'json' | 'form' | 'multipart';

export interface RequestClientOptions {
  endpoint: string;
  method?: 'POST' | 'PUT';
  encoding?: Encoding;
  credentials?: RequestCredentials;
  /** Extra headers, e.g. a CSRF token. */
  headers?: Record<string, string>;
  /** Milliseconds before one attempt is given up (default 15 s). */
  timeout?: number;
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** First backoff delay; doubles each retry, with jitter (default 1 s). */
  baseDelay?: number;
  /** Longest wait the client accepts, from backoff or `Retry-After` (default 60 s). */
  maxDelay?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export type RequestOutcome =
  | { kind: 'success'; status: number; reference: string; response: unknown; attempts: number }
  | { kind: 'rejected'; status: number; message?: string; errors: Record<string, string>; response: unknown; attempts: number }
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'server' | 'rate-limited'; status?: number; message: string; attempts: number };

/** Before waiting to try again: why, and for how long (milliseconds). */
export interface RetryWait {
  reason: 'network' | 'timeout' | 'server' | 'rate-limited';
  status?: number;
  delay: number;
  /** The attempt that failed, the first being 1. */
  attempt: number;
}

export interface RequestClient {
  /** Sends one request, retrying as needed, always with the payload's `requestId` as `Idempotency-Key`. */
  send(payload: RightsRequestPayload, options?: { signal?: AbortSignal; onWait?: (wait: RetryWait) => void }): Promise<RequestOutcome>;
}

/** The body for an encoding; the same keys in all three. */
export function encodeRequest(payload: RightsRequestPayload, encoding: Encoding): { body: string | URLSearchParams | FormData; contentType?: string } {
  if (encoding === 'json') return { body: JSON.stringify(payload), contentType: 'application/json' };
  const entries = Object.entries(payload).map(([k, v]) => [k, String(v ?? '')] as [string, string]);
  if (encoding === 'form') return { body: new URLSearchParams(entries) };
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  // The browser writes the multipart boundary into Content-Type itself.
  return { body: data };
}

/** `Retry-After` as milliseconds from now: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    });
  });

/** A response body as JSON when it is JSON, else its text, else null. Throws when the connection breaks while it is read. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text.trim()) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Whether a response URL is on the endpoint's origin. */
function sameOrigin(url: string, endpoint: string): boolean {
  try {
    const base = globalThis.location?.href;
    return new URL(url, base).origin === new URL(endpoint, base).origin;
  } catch {
    return false;
  }
}

/** A web page where an API answer was expected: a login page, a captive portal, a proxy's error page. */
const isPage = (response: Response, body: unknown) => /html/i.test(response.headers.get('content-type') ?? '') || (typeof body === 'string' && /^\s*</.test(body));

/** The server's own words for the visitor: its JSON `error`, or a short plain text — never a page's markup. */
function serverMessage(response: Response, body: unknown): string | undefined {
  const error = field(body, 'error');
  if (typeof error === 'string') return error.slice(0, 300);
  return typeof body === 'string' && !isPage(response, body) && body.length <= 300 ? body.trim() : undefined;
}

const field = (body: unknown, key: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined);

export function createRequestClient(options: RequestClientOptions): RequestClient {
  const {
    endpoint,
    method = 'POST',
    encoding = 'json',
    credentials = 'same-origin',
    timeout = 15000,
    attempts = 3,
    baseDelay = 1000,
    maxDelay = 60000,
    sleep = defaultSleep,
    random = Math.random,
    now = Date.now,
  } = options;
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));

  async function attempt(payload: RightsRequestPayload, outer?: AbortSignal) {
    const controller = new AbortController();
    const abort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', abort);
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    const { body, contentType } = encodeRequest(payload, encoding);
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers, 'Idempotency-Key': payload.requestId };
    if (contentType) headers['Content-Type'] = contentType;
    try {
      const response = await doFetch(endpoint, { method, body, headers, credentials, signal: controller.signal });
      return { response, body: await readBody(response) };
    } catch (error) {
      if (outer?.aborted) throw outer.reason ?? error;
      return { error: controller.signal.aborted ? ('timeout' as const) : ('network' as const), message: String((error as Error)?.message ?? error) };
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    }
  }

  return {
    async send(payload, { signal, onWait } = {}) {
      for (let n = 1; ; n++) {
        const result = await attempt(payload, signal);
        let failure: Extract<RequestOutcome, { kind: 'failed' }>;
        let wait: number | null = null;
        if ('error' in result) {
          failure = { kind: 'failed', reason: result.error!, message: result.message!, attempts: n };
        } else {
          const { response, body } = result;
          const status = response.status;
          // Sent elsewhere (a redirect to another origin) or answered with a web page: not a confirmation.
          const elsewhere = response.redirected && !sameOrigin(response.url, endpoint);
          if (response.ok && !elsewhere && !isPage(response, body)) {
            const reference = field(body, 'reference') ?? field(body, 'id') ?? payload.requestId;
            return { kind: 'success', status, reference: String(reference).slice(0, 100), response: body, attempts: n };
          }
          const message = serverMessage(response, body);
          if (response.ok) {
            // Not retried: the same request would go the same way. The visitor keeps the draft and can try again.
            return {
              kind: 'failed',
              reason: 'server',
              status,
              message: elsewhere ? 'The request was redirected to another site.' : 'The server answered with a web page, not a confirmation.',
              attempts: n,
            };
          }
          if (status < 500 && status !== 429 && status !== 408) {
            const raw = field(body, 'errors');
            const errors: Record<string, string> = {};
            if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) errors[k] = Array.isArray(v) ? v.join(' ') : String(v);
            return { kind: 'rejected', status, message, errors, response: body, attempts: n };
          }
          wait = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), now()) : null;
          failure = { kind: 'failed', reason: status === 429 ? 'rate-limited' : 'server', status, message: message ?? `HTTP ${status}`, attempts: n };
        }
        if (n >= attempts) return failure;
        // Exponential backoff with jitter, or what the server asked for.
        const delay = wait ?? Math.min(maxDelay, baseDelay * 2 ** (n - 1)) * (0.5 + random() / 2);
        if (delay > maxDelay) return failure;
        onWait?.({ reason: failure.reason, status: failure.status, delay, attempt: n });
        await sleep(delay, signal);
      }
    },
  };
}
