// Property-based: any sequence of decisions, reloads, revision changes, clock jumps, storage
// failures and garbage written by another tab leaves the store with a valid record or
// "undecided" — never an exception (but ConsentError for an unknown category) — and a reload
// finds the last decision wherever a backend could keep it.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createConsentStore, ConsentError, type ConsentStore } from '../../src/core/consent/consent-store.js';
import { createFallbackStorage, memoryBackend, type KeyValueStorage } from '../../src/core/consent/storage.js';
import type { ConsentRecord } from '../../src/core/consent/consent-types.js';
import { config, DAY, NOW, ESSENTIAL, ANALYTICS, MARKETING } from '../support/fixtures.js';

type Failure = 'none' | 'read' | 'write' | 'full' | 'disabled';

/** A persistent backend (a Map that outlives "pages") that fails as told. */
function flaky(values: Map<string, string>, state: { failure: Failure }): KeyValueStorage {
  const fail = (op: 'read' | 'write') => {
    const f = state.failure;
    if (f === 'disabled' || (f === 'read' && op === 'read') || ((f === 'write' || f === 'full') && op === 'write'))
      throw new DOMException(f === 'full' ? 'QuotaExceededError' : 'SecurityError');
  };
  return {
    get: (key) => (fail('read'), values.get(key)),
    set: (key, value) => (fail('write'), void values.set(key, value)),
    remove: (key) => (fail('write'), void values.delete(key)),
  };
}

const IDS = ['essential', 'analytics', 'marketing', 'unknown', '__proto__', 'constructor'];
const op = fc.oneof(
  fc.constant({ kind: 'acceptAll' as const }),
  fc.constant({ kind: 'rejectAll' as const }),
  fc.record({ kind: fc.constant('setConsent' as const), choices: fc.dictionary(fc.constantFrom(...IDS), fc.boolean(), { maxKeys: 3 }) }),
  fc.constant({ kind: 'reset' as const }),
  fc.constant({ kind: 'reload' as const }),
  fc.constant({ kind: 'refresh' as const }),
  fc.record({ kind: fc.constant('revision' as const), revision: fc.constantFrom('1', '2', '3') }),
  fc.record({
    kind: fc.constant('clock' as const),
    by: fc.oneof(
      fc.integer({ min: -400, max: 400 }).map((d) => d * DAY),
      fc.constantFrom(NaN, Infinity, -NOW),
    ),
  }),
  fc.record({ kind: fc.constant('failure' as const), which: fc.constantFrom(0, 1), failure: fc.constantFrom<Failure>('none', 'read', 'write', 'full', 'disabled') }),
  fc.record({
    kind: fc.constant('garbage' as const),
    value: fc.oneof(fc.string(), fc.constantFrom('null', '{}', '[]', '{"schema":1}', '{"__proto__":{"polluted":true}}', '"x"', '1e999'), fc.json()),
  }),
  fc.constant({ kind: 'clear' as const }),
);

function assertValid(store: ConsentStore, revision: string) {
  const r: ConsentRecord | null = store.record;
  if (r === null) return;
  expect(r.schema).to.equal(1);
  expect(r.revision).to.equal(revision);
  expect(typeof r.id).to.equal('string');
  expect(Date.parse(r.expires)).to.be.greaterThan(Date.parse(r.timestamp));
  expect(Object.getPrototypeOf(r.categories)).to.equal(Object.prototype);
  for (const c of store.config.categories) expect(typeof r.categories[c.id], c.id).to.equal('boolean');
  expect(r.categories.essential).to.equal(true);
  for (const id of IDS) expect(typeof store.hasConsent(id)).to.equal('boolean');
}

describe('consent store under any sequence (fast-check)', () => {
  it('always a valid record or undecided, never an exception, the last kept decision found after a reload', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const local = new Map<string, string>();
        const cookie = new Map<string, string>();
        const states = [{ failure: 'none' as Failure }, { failure: 'none' as Failure }];
        let t = NOW;
        let revision = '1';
        let ids = 0;
        const make = () =>
          createConsentStore({
            config: config({ revision, categories: [ESSENTIAL, ANALYTICS, MARKETING] }),
            // Per page: localStorage and a cookie outlive it, memory does not.
            storage: createFallbackStorage([flaky(local, states[0]), flaky(cookie, states[1]), memoryBackend()]),
            now: () => t,
            uuid: () => `id-${++ids}`,
            watch: () => () => {},
            cookieJar: { names: () => [], remove: () => {} },
          });
        let store = make();
        for (const o of ops) {
          const kept = () => store.record;
          if (o.kind === 'acceptAll') store.acceptAll();
          else if (o.kind === 'rejectAll') store.rejectAll();
          else if (o.kind === 'setConsent') {
            try {
              store.setConsent(o.choices);
            } catch (error) {
              expect(error).to.be.instanceOf(ConsentError);
            }
          } else if (o.kind === 'reset') store.reset();
          else if (o.kind === 'refresh') store.refresh();
          else if (o.kind === 'reload' || o.kind === 'revision') {
            const before = kept();
            // Kept: what a reload reads first (localStorage, else the cookie) is that decision.
            const persisted = before && (local.get('test-consent') ?? cookie.get('test-consent') ?? '').includes(`"${before.id}"`);
            if (o.kind === 'revision') revision = o.revision;
            store = make();
            // Nothing else changed: the decision comes back from where it was kept.
            if (o.kind === 'reload' && persisted && states[0].failure === 'none' && states[1].failure === 'none' && Number.isFinite(t) && t < Date.parse(before!.expires)) {
              expect(store.record?.id).to.equal(before!.id);
            }
          } else if (o.kind === 'clock') t += o.by;
          else if (o.kind === 'failure') states[o.which].failure = o.failure;
          else if (o.kind === 'garbage') local.set('test-consent', o.value);
          else if (o.kind === 'clear') local.clear();
          assertValid(store, revision);
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 400 },
    );
  });
});
