// The page template a server renders and the browser hydrates (the same strings on both sides).
import { html } from 'lit';

export const POLICY = 'Privacy Policy\nLast updated: 2026-05-24\n\n1. Who we are\nA bakery in Lyon.\n\n2. What we collect\n- Your e-mail address, to answer you';

export const page = () => html`<cookie-consent policy-url="/privacy"></cookie-consent>
  <main><privacy-policy .text=${POLICY}></privacy-policy><rights-request-form endpoint="/api/rights-requests"></rights-request-form></main>`;
