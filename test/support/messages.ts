/** Every leaf of a texts object as `path → value` (`types.access.label` → `Get a copy of my data`). */
export function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf);
  } else out.set(path, value);
  return out;
}

/** Puts a config block (`<script type="application/json" data-privacy-elements>`) in the page's head. */
export function addConfigBlock(config: object): HTMLScriptElement {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.dataset.privacyElements = '';
  block.textContent = JSON.stringify(config);
  document.head.append(block);
  return block;
}
