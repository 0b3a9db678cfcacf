// Content-Security-Policy strings. Public pages are cacheable, so they cannot carry a per-request nonce; the
// dashboard is dynamic anyway and gets a nonce with 'strict-dynamic'. See docs/decisions/005-csp.md.
const dev = process.env.NODE_ENV !== 'production';

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

export function publicCsp(): string {
  return [...COMMON, `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`].join('; ');
}

export function adminCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`].join('; ');
}
