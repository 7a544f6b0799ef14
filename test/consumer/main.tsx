// A site's React app (Vite + TypeScript), built from the packed tarball by test/e2e/consumer.test.mjs.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CookieConsent } from 'privacy-elements/react';

function App() {
  const [decision, setDecision] = useState('');
  return (
    <>
      <CookieConsent policyUrl="/privacy" layout="box" onConsentChange={(e) => setDecision(`${e.detail.record.method}:${e.detail.changed.join('+')}`)} />
      <main>
        <h1>A React app</h1>
        <p id="decision">{decision}</p>
      </main>
    </>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
