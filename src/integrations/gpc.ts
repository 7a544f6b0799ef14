/** Whether the browser sends a Global Privacy Control signal (`navigator.globalPrivacyControl`). */
export function gpcEnabled(nav: Navigator | undefined = globalThis.navigator): boolean {
  return (nav as (Navigator & { globalPrivacyControl?: unknown }) | undefined)?.globalPrivacyControl === true;
}
