import type { PolicyDocument } from './policy-types.js';
import { parsePolicy } from './parse-policy.js';
import { toPolicyDocument } from './validate-document.js';

export type PolicyLoadErrorKind = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large' | 'invalid-json';

/** Why a policy URL could not be shown; `kind` picks the visitor's message. */
export class PolicyLoadError extends Error {
  override name = 'PolicyLoadError';
  constructor(
    readonly kind: PolicyLoadErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const MAX_POLICY_BYTES = 2 * 1024 * 1024;

export interface LoadPolicyOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Milliseconds before giving up on a server that does not answer (default 15 s). */
  timeout?: number;
  maxBytes?: number;
}

/**
 * Fetches a policy (plain text, Markdown, or the JSON of a parsed document) and returns
 * the parsed document. Rejects with a {@link PolicyLoadError} for a network error, a
 * timeout, an HTTP error, an HTML page or another non-text type, a body over 2 MB
 * (checked while reading, not only from Content-Length) or JSON that is not a document.
 */
export async function loadPolicy(url: string, options: LoadPolicyOptions = {}): Promise<PolicyDocument> {
  const { fetch: doFetch = globalThis.fetch, timeout = 15000, maxBytes = MAX_POLICY_BYTES } = options;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeout);
  const fail = (kind: PolicyLoadErrorKind, message: string, status?: number) => new PolicyLoadError(kind, url, message, status);
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { Accept: 'text/markdown, text/plain, application/json;q=0.9' },
      });
    } catch (e) {
      if (options.signal?.aborted) throw e;
      throw controller.signal.aborted ? fail('timeout', `no answer within ${timeout / 1000} s`) : fail('network', String((e as Error).message ?? e));
    }
    if (!response.ok) throw fail('http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const json = /^application\/([\w.+-]+\+)?json$/.test(type);
    if (type && (!(type.startsWith('text/') || json) || type === 'text/html')) throw fail('content-type', `content type ${type}`);
    if (Number(response.headers.get('content-length')) > maxBytes) throw fail('too-large', `larger than ${maxBytes} bytes`);
    const text = await readText(response, maxBytes, () => fail('too-large', `larger than ${maxBytes} bytes`), controller);
    if (json || (!type && /^\s*\{/.test(text))) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw fail('invalid-json', (e as Error).message);
      }
      const doc = toPolicyDocument(value);
      if (!doc) throw fail('invalid-json', 'the JSON is not a parsed policy document');
      return doc;
    }
    return parsePolicy(text);
  } catch (e) {
    if (e instanceof PolicyLoadError || options.signal?.aborted) throw e;
    throw controller.signal.aborted ? fail('timeout', `no answer within ${timeout / 1000} s`) : fail('network', String((e as Error).message ?? e));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

/** Reads the body as UTF-8, stopping as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number, tooLarge: () => Error, controller: AbortController): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > maxBytes) throw tooLarge();
    return text;
  }
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
