/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document = document): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/**
 * How far the page must scroll up so that `target` is no longer covered by an overlay
 * at the bottom of the viewport (WCAG 2.2, 2.4.11 Focus Not Obscured); 0 when it is not
 * covered.
 */
export function scrollToUncover(target: DOMRectReadOnly, overlay: DOMRectReadOnly, margin = 8): number {
  return overlaps(target, overlay) ? Math.ceil(target.bottom - overlay.top + margin) : 0;
}

/** Whether two boxes share any area. */
export const overlaps = (a: DOMRectReadOnly, b: DOMRectReadOnly): boolean => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;

/**
 * Where focus goes when an overlay that had it goes away: back to the page element focused
 * last, else the start of the main content (focusable for this once), else nowhere.
 */
export function focusAfterOverlay(doc: Document, last?: HTMLElement): void {
  if (last?.isConnected && !last.closest('[inert],[hidden]')) {
    last.focus({ preventScroll: true });
    if (deepActiveElement(doc) === last) return;
  }
  const main = doc.querySelector<HTMLElement>('main, [role="main"]');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) {
    main.setAttribute('tabindex', '-1');
    main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
  }
  main.focus({ preventScroll: true });
}
