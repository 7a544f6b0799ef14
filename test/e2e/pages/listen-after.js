// A site's own deferred script, placed after ours: the event, the promise and onChange.
document.addEventListener('consent-ready', (e) => (window.heardAfter = { record: e.detail.record }));
window.PrivacyElements.consent.ready.then((record) => (window.readyAfter = { record }));
window.changes = [];
window.stopListening = window.PrivacyElements.consent.onChange(({ record, changed }) => window.changes.push([record.method, changed]));
// A script that comes much later (a tag manager, a lazy widget): the promise still answers.
addEventListener('load', () => setTimeout(() => window.PrivacyElements.consent.ready.then((record) => (window.readyLate = { record })), 300));
