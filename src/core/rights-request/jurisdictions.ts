import type { RequestType } from './request-types.js';

/** EU and EEA members, the UK and Switzerland: GDPR-style rights. */
export const GDPR_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'GB',
  'CH',
] as const;

/** US states with a comprehensive consumer privacy law in force or enacted. */
export const US_PRIVACY_STATES = [
  'US-CA',
  'US-CO',
  'US-CT',
  'US-DE',
  'US-IA',
  'US-IN',
  'US-KY',
  'US-MD',
  'US-MN',
  'US-MT',
  'US-NE',
  'US-NH',
  'US-NJ',
  'US-OR',
  'US-RI',
  'US-TN',
  'US-TX',
  'US-UT',
  'US-VA',
] as const;

const GDPR: RequestType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'automated-decision'];
/** California (CCPA/CPRA): know, delete, correct, opt out of sale and sharing, limit use of sensitive data, ADMT. */
const CALIFORNIA: RequestType[] = ['access', 'erasure', 'rectification', 'portability', 'opt-out-sale', 'limit-sensitive', 'automated-decision'];
/** The other state laws: access, delete, correct, portability, opt out of sale, targeted ads and profiling. */
const US_STATES: RequestType[] = ['access', 'erasure', 'rectification', 'portability', 'opt-out-sale', 'automated-decision', 'withdraw-consent'];

export type Regime = 'gdpr' | 'california' | 'us-state' | 'other';

export function regimeOf(jurisdiction: string): Regime {
  const code = jurisdiction.toUpperCase();
  if ((GDPR_COUNTRIES as readonly string[]).includes(code)) return 'gdpr';
  if (code === 'US-CA') return 'california';
  if ((US_PRIVACY_STATES as readonly string[]).includes(code)) return 'us-state';
  return 'other';
}

/**
 * The request types offered for a jurisdiction, limited by the site's `types` list when it
 * has one. Where no law is known, every type is offered: the site decides.
 */
export function typesFor(jurisdiction: string, allowed?: readonly string[]): RequestType[] {
  const regime = regimeOf(jurisdiction);
  const base: readonly RequestType[] =
    regime === 'gdpr' ? GDPR : regime === 'california' ? CALIFORNIA : regime === 'us-state' ? US_STATES : (GDPR.concat(['opt-out-sale', 'limit-sensitive']) as RequestType[]);
  return allowed?.length ? base.filter((t) => allowed.includes(t)) : [...base];
}
