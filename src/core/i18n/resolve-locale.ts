/**
 * Picks the best available language for a list of candidates, most specific first
 * (the element's `lang`, the nearest `[lang]` ancestor, `<html lang>`,
 * `navigator.language`): an exact match (`pt-BR`), then the primary subtag (`pt`).
 */
export function resolveLocale(candidates: Array<string | null | undefined>, available: readonly string[], fallback = 'en'): string {
  const known = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const candidate of candidates) {
    const tag = candidate?.trim().toLowerCase().replace(/_/g, '-');
    if (!tag) continue;
    const exact = known.get(tag);
    if (exact) return exact;
    const primary = known.get(tag.split('-')[0]);
    if (primary) return primary;
  }
  return fallback;
}
