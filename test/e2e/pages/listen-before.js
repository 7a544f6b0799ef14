// A site's own deferred script, placed before ours: listens on the document.
document.addEventListener('consent-ready', (e) => (window.heardBefore = { record: e.detail.record }));
