// The `next=` return path after sign-in: only same-site relative paths inside /admin, so the login form can
// never be turned into an open redirect (`//evil.example`, `/\evil.example`, `https://…`).
export function safeNextPath(next: unknown, fallback = '/admin'): string {
  if (typeof next !== 'string' || next.length > 500) return fallback;
  if (!/^\/admin(?:[/?#]|$)/.test(next)) return fallback;
  if (/[\\\s]/.test(next) || next.includes('//')) return fallback;
  try {
    const base = 'http://site.invalid';
    const url = new URL(next, base);
    const path = url.pathname + url.search + url.hash;
    // Re-check after normalisation: `/admin/../schools` resolves outside the dashboard.
    if (url.origin !== base || !/^\/admin(?:[/?#]|$)/.test(path)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
