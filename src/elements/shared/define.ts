/**
 * Registers a custom element unless the tag is already taken, so two bundles on one
 * page (say the npm build and the script tag) do not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  registry.define(tag, ctor);
}
