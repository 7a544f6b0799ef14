import { CONFIG_SELECTOR } from './page-language.js';

let lastBlock: { text: string; messages: unknown } | undefined;
/**
 * The `messages` of the page's config block, which serve all three elements (their keys
 * do not overlap). Parsed once per text; a malformed block is reported by the banner.
 */
export function blockMessages(doc: Document | undefined): unknown {
  // No document: rendered on a server, where the page's block is not at hand.
  const text = doc?.querySelector?.(CONFIG_SELECTOR)?.textContent ?? '';
  if (lastBlock?.text !== text) {
    let messages: unknown;
    try {
      messages = text.trim() ? (JSON.parse(text) as { messages?: unknown } | null)?.messages : undefined;
    } catch {
      // Reported by the banner.
    }
    lastBlock = { text, messages };
  }
  return lastBlock.messages;
}
