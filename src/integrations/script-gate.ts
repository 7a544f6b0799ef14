/**
 * Script gating: `<script type="text/plain" data-consent-category="analytics">` and
 * `<template data-consent-category="…">` stay inert until their category is granted;
 * then each runs (or is inserted) exactly once, keeping its attributes and nonce.
 */
export const GATED_SELECTOR = 'script[type="text/plain"][data-consent-category], template[data-consent-category]';

export interface ScriptGateOptions {
  isGranted: (category: string) => boolean;
  root?: Document;
}

export interface ScriptGate {
  /** Activates every gated element whose categories are all granted. Returns how many. */
  apply(): number;
  /** Also handles gated elements added to the page later. */
  observe(): void;
  disconnect(): void;
}

interface TrustedTypesPolicyLike {
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}

const POLICY_KEY = Symbol.for('privacy-elements.trusted-types-policy');

/**
 * Under Trusted Types enforcement script text and URLs must come from a policy. The
 * site allows ours by name (`trusted-types privacy-elements`); it only passes through
 * what the site itself wrote into its gated scripts.
 */
function trustedTypesPolicy(): TrustedTypesPolicyLike {
  const g = globalThis as unknown as Record<symbol, TrustedTypesPolicyLike | undefined> & {
    trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypesPolicyLike };
  };
  if (g[POLICY_KEY]) return g[POLICY_KEY];
  let policy: TrustedTypesPolicyLike = { createScript: (s) => s, createScriptURL: (s) => s };
  if (g.trustedTypes?.createPolicy) {
    try {
      policy = g.trustedTypes.createPolicy('privacy-elements', { createScript: (s: string) => s, createScriptURL: (s: string) => s });
    } catch {
      // The site's CSP does not allow our policy name: plain strings, which its policy may still accept.
    }
  }
  return (g[POLICY_KEY] = policy);
}

export function gatedCategories(el: Element): string[] {
  return (el.getAttribute('data-consent-category') ?? '').split(/[\s,]+/).filter(Boolean);
}

function activateScript(old: HTMLScriptElement): void {
  const doc = old.ownerDocument;
  const script = doc.createElement('script');
  for (const { name, value } of Array.from(old.attributes)) {
    if (name !== 'type' && name !== 'src' && name !== 'nonce') script.setAttribute(name, value);
  }
  const type = old.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  // The nonce attribute is hidden once a script is in the page; the property keeps it.
  if (old.nonce) script.nonce = old.nonce;
  const policy = trustedTypesPolicy();
  const src = old.getAttribute('src');
  if (src !== null) (script as unknown as { src: unknown }).src = policy.createScriptURL(new URL(src, doc.baseURI).href);
  else (script as unknown as { text: unknown }).text = policy.createScript(old.text);
  old.replaceWith(script);
}

function activateTemplate(template: HTMLTemplateElement): void {
  // Scripts imported from a template's content run once when inserted.
  template.replaceWith(template.ownerDocument.importNode(template.content, true));
}

export function createScriptGate(options: ScriptGateOptions): ScriptGate {
  const root = options.root ?? document;
  let observer: MutationObserver | null = null;

  const apply = (): number => {
    let count = 0;
    for (const el of Array.from(root.querySelectorAll(GATED_SELECTOR))) {
      const categories = gatedCategories(el);
      if (!categories.length || !categories.every((c) => options.isGranted(c))) continue;
      if (el instanceof HTMLTemplateElement) activateTemplate(el);
      else activateScript(el as HTMLScriptElement);
      count++;
    }
    return count;
  };

  return {
    apply,
    observe() {
      if (observer || typeof MutationObserver === 'undefined') return;
      observer = new MutationObserver((mutations) => {
        const added = mutations.some((m) =>
          Array.from(m.addedNodes).some(
            (n) => n instanceof Element && (n.matches(GATED_SELECTOR) || n.querySelector(GATED_SELECTOR) !== null),
          ),
        );
        if (added) apply();
      });
      observer.observe(root.documentElement, { childList: true, subtree: true });
    },
    disconnect() {
      observer?.disconnect();
      observer = null;
    },
  };
}
