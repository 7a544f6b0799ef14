// A React 19 app using privacy-elements/react, bundled by test/e2e/react.test.mjs.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CookieConsent } from '../../dist/esm/react.js';

function App() {
  const [decisions, setDecisions] = useState([]);
  return h(
    'div',
    null,
    h(CookieConsent, {
      policyUrl: '/privacy',
      layout: 'box',
      categories: [{ id: 'essential' }, { id: 'analytics', label: 'Statistics' }],
      onConsentReady: (e) => (window.readyRecord = { record: e.detail.record }),
      onConsentChange: (e) => setDecisions((d) => [...d, `${e.detail.record.method}:${e.detail.changed.join('+')}`]),
    }),
    h('main', null, h('h1', null, 'A React app'), h('p', { id: 'decisions' }, decisions.join(' '))),
  );
}
createRoot(document.getElementById('root')).render(h(App));
