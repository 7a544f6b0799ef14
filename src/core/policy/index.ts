export type { PolicyDocument, PolicyDate, Section, Block, Paragraph, List, ListItem, ListStyle, Table, Inline } from './policy-types.js';
export { parsePolicy } from './parse-policy.js';
export { parseInline, inlineText } from './inline.js';
export { safeHref } from './safe-href.js';
export { kebab } from './slug.js';
export { toIsoDate } from './dates.js';
export { loadPolicy, PolicyLoadError, MAX_POLICY_BYTES, type PolicyLoadErrorKind, type LoadPolicyOptions } from './load-policy.js';
export { toPolicyDocument } from './validate-document.js';
