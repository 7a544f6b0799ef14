/**
 * Script gating: `<script type="text/plain" data-consent-category="analytics">` and
 * `<template data-consent-category="…">` stay inert until their category is granted;
 * then each runs (or is inserted) exactly once, keeping its attributes and nonce. One
 * naming a category the site did not configure stays inert for good, and the gate says
 * so once per category name.
 */
export const GATED_SELECTOR = 'script[type="text/plain"][data-consent-category],template[data-consent-category]';

export interface ScriptGate {
  /** Activates every gated element whose categories are all granted. Returns how many. */
  apply(): number;
  /** Also handles gated elements added to the page later (single-page apps). */
  observe(): void;
  disconnect(): void;
}

type Policy = { createScript(s: string): string; createScriptURL(s: string): string };
let policy: Policy | undefined;

/**
 * Under Trusted Types enforcement, script text and URLs must come from a policy. A site
 * that enforces them allows ours by name (`trusted-types privacy-elements`); it passes
 * through only what the site itself wrote into its gated scripts.
 */
function trusted(): Policy {
  const identity = (s: string) => s;
  if (!policy) {
    try {
      policy = (globalThis as { trustedTypes?: { createPolicy(n: string, p: Policy): Policy } }).trustedTypes!.createPolicy('privacy-elements', {
        createScript: identity,
        createScriptURL: identity,
      });
    } catch {
      policy = { createScript: identity, createScriptURL: identity };
    }
  }
  return policy;
}

/** The categories a gated element needs (space- or comma-separated, all of them). */
export function gatedCategories(el: Element): string[] {
  return el
    .getAttribute('data-consent-category')!
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** A fresh `<script>` with the old one's attributes (type from `data-type`), nonce and code. */
function activateScript(old: HTMLScriptElement): void {
  const script = old.ownerDocument.createElement('script');
  for (const { name, value } of old.attributes) if (!/^(type|src|nonce)$/.test(name)) script.setAttribute(name, value);
  if (old.dataset.type) script.type = old.dataset.type;
  // The nonce attribute is hidden once a script is in the page; the property keeps it.
  script.nonce = old.nonce;
  if (old.src) script.src = trusted().createScriptURL(old.src);
  else script.text = trusted().createScript(old.text);
  old.replaceWith(script);
}

export interface ScriptGateOptions {
  isGranted: (category: string) => boolean;
  /** Whether the site configured a category; by default every category is known. */
  isKnown?: (category: string) => boolean;
  /** Called once per unknown category name the gate meets, now or in elements added later. */
  onUnknown?: (category: string) => void;
  root?: Document;
}

export function createScriptGate({ isGranted, isKnown = () => true, onUnknown, root = document }: ScriptGateOptions): ScriptGate {
  let observer: MutationObserver | undefined;
  const reported = new Set<string>();
  const apply = () => {
    let count = 0;
    for (const el of root.querySelectorAll<HTMLElement>(GATED_SELECTOR)) {
      const categories = gatedCategories(el);
      for (const id of categories) {
        if (isKnown(id) || reported.has(id)) continue;
        reported.add(id);
        onUnknown?.(id);
      }
      if (!categories.length || !categories.every(isGranted)) continue;
      count++;
      // Scripts imported from a template's content run once when inserted.
      if (el instanceof HTMLTemplateElement) el.replaceWith(root.importNode(el.content, true));
      else activateScript(el as HTMLScriptElement);
    }
    return count;
  };
  return {
    apply,
    observe() {
      observer ??= new MutationObserver(apply);
      observer.observe(root.documentElement, { childList: true, subtree: true });
    },
    disconnect() {
      observer?.disconnect();
    },
  };
}
