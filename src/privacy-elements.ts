/** `privacy-elements`: registers all elements and re-exports the API. */
import './define-all.js';
export * from './index.js';
