// Records every CSP or Trusted Types violation and script error the page sees.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
window.addEventListener('error', (e) => window.violations.push(`error: ${e.message}`));
