// The browser side of a server-rendered page: Lit's hydration support first, then the
// elements, then the page's own template hydrated over the server's markup.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import '../../dist/esm/privacy-elements.js';
import { page } from './ssr-page.js';

hydrate(page(), document.body);
