/**
 * `dist/privacy-elements.min.js`: the small loader. The banner's runtime on every page
 * view; its interface, the policy display and the rights-request form from `dist/parts/`
 * when the page needs them.
 */
import { partLoader, startConsent } from './loader/consent-loader.js';

const script = document.currentScript as HTMLScriptElement | null;
const load = partLoader(script);
startConsent(document, script, load);

const PARTS: Record<string, string> = { 'privacy-policy': 'policy', 'rights-request-form': 'form' };
const wanted = new Set(Object.keys(PARTS));
const look = () => {
  for (const tag of wanted) {
    if (!document.querySelector(tag)) continue;
    wanted.delete(tag);
    void load(PARTS[tag]).catch(() => undefined);
  }
  if (!wanted.size) observer.disconnect();
};
// Elements added later (single-page apps) load their part when they appear.
const observer = new MutationObserver(look);
observer.observe(document, { childList: true, subtree: true });
look();
