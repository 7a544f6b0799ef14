/** Request type ids (SPEC). */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'opt-out-sale',
  'limit-sensitive',
  'automated-decision',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** What the visitor fills in; every key is a control's `name`. */
export interface RequestFields {
  type: string;
  name: string;
  email: string;
  relationship: string;
  jurisdiction: string;
  account: string;
  details: string;
}

/** The wire format (SPEC): exactly these keys, in JSON, form and multipart alike. */
export interface RightsRequestPayload extends RequestFields {
  requestId: string;
  locale: string;
  submittedAt: string;
  page: string;
}

export const FIELD_NAMES: ReadonlyArray<keyof RequestFields> = ['type', 'name', 'email', 'relationship', 'jurisdiction', 'account', 'details'];

export const LIMITS = { name: 200, email: 254, account: 200, details: 5000 } as const;
