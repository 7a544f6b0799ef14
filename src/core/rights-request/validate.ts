import { LIMITS, REQUEST_TYPES, type RequestFields } from './request-types.js';

export type FieldError = 'required' | 'email' | 'too-long' | 'unknown-type' | 'unknown-relationship' | 'jurisdiction' | 'confirm';

/** One e-mail address as browsers accept it in `type="email"`, plus a dot in the domain. */
export const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/**
 * Checks what the visitor typed. Returns the fields with problems, in form order; empty
 * when the request can be sent. `confirmed` is the identity-verification checkbox.
 */
export function validateRequest(
  fields: Partial<RequestFields>,
  confirmed: boolean,
  offered: readonly string[] = REQUEST_TYPES,
): Partial<Record<keyof RequestFields | 'confirm', FieldError>> {
  const errors: Partial<Record<keyof RequestFields | 'confirm', FieldError>> = {};
  const value = (k: keyof RequestFields) => (fields[k] ?? '').trim();
  // Choices (country, request type, relationship) ask the visitor to choose, not to "fill in".
  if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(value('jurisdiction'))) errors.jurisdiction = 'jurisdiction';
  if (!offered.includes(value('type'))) errors.type = 'unknown-type';
  if (!value('name')) errors.name = 'required';
  else if (value('name').length > LIMITS.name) errors.name = 'too-long';
  if (!value('email')) errors.email = 'required';
  else if (value('email').length > LIMITS.email || !EMAIL.test(value('email'))) errors.email = 'email';
  if (!['self', 'agent'].includes(value('relationship'))) errors.relationship = 'unknown-relationship';
  if (value('account').length > LIMITS.account) errors.account = 'too-long';
  if (value('details').length > LIMITS.details) errors.details = 'too-long';
  if (!confirmed) errors.confirm = 'confirm';
  return errors;
}
