/**
 * English, the language every other falls back to. Each element's texts are a module of
 * their own (`en/consent.ts`, …), so an element carries only its own English.
 */
export { consent } from './en/consent.js';
export { policy } from './en/policy.js';
export { rights } from './en/rights.js';
