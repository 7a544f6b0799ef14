/** The element and its ancestors, nearest first, out of shadow roots into their hosts. */
function* ancestry(el: Element): Generator<Element> {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) yield node;
}

/** Every language declared around an element, nearest first: its own `lang`, each `[lang]` ancestor up to `<html>`. */
export const declaredLanguages = (el: Element): string[] => [...ancestry(el)].map((n) => n.getAttribute('lang')?.trim() ?? '').filter(Boolean);

/** The language the page declares for an element: its own `lang`, else the nearest `[lang]`. */
export const pageLanguage = (el: Element): string | undefined => declaredLanguages(el)[0];

/** The direction the page sets around an element: the nearest `dir`. */
export const declaredDir = (el: Element): string | undefined =>
  [...ancestry(el)]
    .find((n) => n.hasAttribute('dir'))
    ?.getAttribute('dir')
    ?.toLowerCase();

/** The page's config block (SPEC): one JSON object, keys in camelCase. */
export const CONFIG_SELECTOR = 'script[type="application/json"][data-privacy-elements]';
