// Shows the visitor's decision and the analytics cookies on the demo page.
(() => {
  const decision = document.getElementById('decision');
  const cookies = document.getElementById('analytics-cookies');
  const show = (record) => {
    decision.textContent = record ? `${record.method} — analytics ${record.categories.analytics ? 'allowed' : 'not allowed'}` : 'not made yet';
    const names = document.cookie
      .split('; ')
      .map((c) => c.split('=')[0])
      .filter((n) => n.startsWith('nw_'));
    cookies.textContent = names.length ? names.join(', ') : 'none';
  };
  document.addEventListener('consent-ready', (e) => show(e.detail.record));
  document.addEventListener('consent-change', (e) => show(e.detail.record));
  document.addEventListener('demo-analytics-ran', () => show(window.PrivacyElements?.consent.record ?? null));
})();
