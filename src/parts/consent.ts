/**
 * The banner's full runtime as a part the loader imports when a page view needs it: a
 * decision, no valid record, a configuration error to report, a proof of consent to send
 * again. It takes over from the loader (see `loader/consent-loader.ts`) and draws the
 * banner without Lit; the dialog is imported from here when it is first opened.
 */
import { ConsentRuntime, type Handoff } from '../integrations/consent-runtime.js';
import type { ConsentOptions } from '../core/consent/config.js';
import { attachBanner } from '../elements/cookie-consent/first-layer.js';
import type { ConsentPart } from '../loader/consent-loader.js';

/**
 * Runs the full runtime for the loader's banner, from where the loader is. The banner (its
 * first layer, then its dialog) is drawn from here, without Lit.
 */
export function takeover(host: HTMLElement, own: ConsentOptions, handoff: Handoff): ConsentRuntime {
  const runtime = new ConsentRuntime(host, own, undefined, handoff);
  runtime.needsInterface = (reason) => {
    const ui = (runtime.ui ??= attachBanner(host, runtime));
    ui.view(runtime.view);
    if (reason === 'preferences') return ui.openPreferences();
  };
  runtime.connect();
  return runtime;
}

/** `PrivacyElements.consent`'s methods, which the loader forwards here once this part is loaded. */
export const methods: ConsentPart['methods'] = {
  show: (r) => r.show(),
  showPreferences: (r) => r.openPreferences(),
  acceptAll: (r) => r.store.acceptAll(),
  rejectAll: (r) => r.store.rejectAll(),
  setConsent: (r, choices) => r.setConsent(choices as Record<string, boolean>),
  reset: (r) => r.store.reset(),
};
