// The demo's "analytics": sets its cookies and says visibly that it ran.
(() => {
  const visits = Number(/(?:^|; )nw_visits=(\d+)/.exec(document.cookie)?.[1] ?? 0) + 1;
  document.cookie = `nw_visits=${visits}; path=/; max-age=31536000; samesite=lax`;
  document.cookie = `nw_stat_page=${encodeURIComponent(location.pathname)}; path=/; max-age=2592000; samesite=lax`;
  window.demoAnalyticsRuns = (window.demoAnalyticsRuns || 0) + 1;
  const status = document.getElementById('analytics-status');
  if (status) status.textContent = `loaded at ${new Date().toLocaleTimeString()} (visit number ${visits})`;
  document.dispatchEvent(new CustomEvent('demo-analytics-ran'));
})();
