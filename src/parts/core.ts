/** The DOM-free core API for script-tag users: `await PrivacyElements.core()`. */
export * from '../core/index.js';
