// React 19 with the tags written directly, through privacy-elements/jsx. Compiled only.
import 'privacy-elements';
import 'privacy-elements/jsx';

export const Page = () => (
  <>
    <cookie-consent policy-url="/privacy" layout="box" consent-mode categories={[{ id: 'essential' }, { id: 'analytics', label: 'Statistics' }]} />
    <privacy-policy src="/privacy.txt" heading-level={2} />
    <rights-request-form endpoint="/api/rights-requests" response-days={30} />
    {/* @ts-expect-error: not a layout */}
    <cookie-consent layout="popup" />
  </>
);
