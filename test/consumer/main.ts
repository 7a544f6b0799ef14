// A site's Vite + TypeScript app, built from the packed tarball by test/e2e/consumer.test.mjs.
import 'privacy-elements/cookie-consent';
import type { CategoryInput } from 'privacy-elements/cookie-consent';

const categories: CategoryInput[] = [{ id: 'essential' }, { id: 'analytics', label: 'Statistics' }];
const banner = document.createElement('cookie-consent');
banner.policyUrl = '/privacy';
banner.categories = categories;
banner.addEventListener('consent-change', (e) => {
  document.querySelector('#decision')!.textContent = `${e.detail.record.method}:${e.detail.changed.join('+')}`;
});
document.body.prepend(banner);
