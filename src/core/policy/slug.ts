/**
 * Readable, stable anchors: the number with dots as dashes, then the title in lower-case
 * kebab form (`2-1-personal-data`), or the title alone; a repeated slug gets `-2`, `-3`.
 */
/** Accents gone (é → e); plain ASCII text, the common case, skips that step. */
export function stripAccents(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function kebab(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function createSlugger(): (number: string | null, title: string) => string {
  const seen = new Map<string, number>();
  return (number, title) => {
    const base = [number ? kebab(number.replace(/\./g, '-')) : '', kebab(title).slice(0, 80)].filter(Boolean).join('-') || 'section';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    let slug = count === 1 ? base : `${base}-${count}`;
    // `-2` might itself be a real slug: keep counting until it is free.
    while (count > 1 && seen.has(slug)) slug = `${base}-${seen.set(base, seen.get(base)! + 1).get(base)}`;
    if (count > 1) seen.set(slug, 1);
    return slug;
  };
}
