/** Dispatches a SPEC event: bubbles and composed; only request events are cancelable. */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * Runs `then` once the document is parsed and its deferred scripts have run (after
 * `DOMContentLoaded`), or now if that has happened. Deferred scripts run while `readyState`
 * is already `interactive`, so the navigation timing says whether `DOMContentLoaded` fired.
 */
export function afterParsing(doc: Document, then: () => void): void {
  const nav = globalThis.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (doc.readyState === 'complete' || (nav?.domContentLoadedEventStart ?? 0) > 0) return queueMicrotask(then);
  let done = false;
  const once = () => !done && ((done = true), then());
  doc.addEventListener('DOMContentLoaded', once, { once: true });
  // Where the timing is missing and the event has passed, `load` still comes.
  addEventListener('load', once, { once: true });
}
