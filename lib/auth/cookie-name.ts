// The session cookie's name. Served over https, it carries the `__Host-` prefix, which browsers accept only
// with Secure, Path=/ and no Domain: no subdomain or plain-http page can set or shadow it. Over plain http
// (local runs, the e2e suite on http://127.0.0.1) the prefix would make browsers drop the cookie, so the
// name stays plain there. Pure, so the e2e helpers use the same function (decision 042).
export const BASE_SESSION_COOKIE = 'img_session';

export function isHttpsSite(siteUrl: string): boolean {
  return siteUrl.startsWith('https://');
}

export function sessionCookieName(siteUrl: string): string {
  return isHttpsSite(siteUrl) ? `__Host-${BASE_SESSION_COOKIE}` : BASE_SESSION_COOKIE;
}
