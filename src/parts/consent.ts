/**
 * The banner's full runtime as a part the loader imports when a page view needs it: a
 * decision, no valid record, a configuration error to report, a proof of consent to send
 * again. It takes over from the loader (see `loader/consent-loader.ts`) and gives the
 * interface part its runtime through `PrivacyElements.__runtimeFor`.
 */
import { ConsentRuntime, type Handoff } from '../integrations/consent-runtime.js';
import type { ConsentOptions } from '../core/consent/config.js';
import { firstLayerInterface } from '../elements/cookie-consent/first-layer.js';
import type { RuntimeFactory } from '../elements/cookie-consent/cookie-consent.js';
import { expose } from '../loader/expose.js';
import { reportError } from '../elements/shared/diagnostics.js';
import type { ConsentPart } from '../loader/consent-loader.js';

const runtimes = new WeakMap<Element, ConsentRuntime>();

/**
 * Runs the full runtime for the loader's banner, from where the loader is. The first layer
 * is drawn from here, without Lit; `loadPreferences` loads the Lit element for the dialog,
 * which takes the first layer over.
 */
export function takeover(host: HTMLElement, own: ConsentOptions, handoff: Handoff, loadPreferences: () => Promise<void>): ConsentRuntime {
  const runtime = new ConsentRuntime(host, own, undefined, handoff);
  runtime.needsInterface = (reason) => {
    if (reason === 'preferences') return loadPreferences();
    runtime.ui = firstLayerInterface(host, runtime, loadPreferences);
    runtime.ui.view(runtime.view);
  };
  runtimes.set(host, runtime);
  runtime.connect();
  return runtime;
}

/** `PrivacyElements.consent`'s methods, which the loader forwards here once this part is loaded. */
export const methods: ConsentPart['methods'] = {
  show: (r) => r.show(),
  showPreferences: (r) => r.openPreferences(),
  acceptAll: (r) => r.store.acceptAll(),
  rejectAll: (r) => r.store.rejectAll(),
  setConsent(r, choices) {
    try {
      r.store.setConsent(choices as Record<string, boolean>);
    } catch (e) {
      reportError('cookie-consent', `setConsent(): ${(e as Error).message}`);
    }
  },
  reset: (r) => r.store.reset(),
};

/** The runtime of a banner element: the loader's, or a runtime of its own for another `<cookie-consent>`. */
const runtimeFor: RuntimeFactory = (host, own, store) => {
  let runtime = runtimes.get(host);
  if (!runtime) runtimes.set(host, (runtime = new ConsentRuntime(host, own, store)));
  return runtime;
};

expose({ __runtimeFor: runtimeFor });
