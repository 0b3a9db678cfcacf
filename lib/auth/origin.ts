// CSRF guard for cookie-authenticated POST route handlers. Next checks Origin for server actions only, and lets
// an Origin-less request through; here a missing Origin is refused unless the browser vouches for it with
// `Sec-Fetch-Site: same-origin`.
import { siteUrl } from '../site';

/** The origin the browser used, from Host (or the proxy's X-Forwarded-* headers). */
export function requestOrigin(headers: Headers, fallbackProtocol: string): string | null {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!host) return null;
  const proto = headers.get('x-forwarded-proto') ?? fallbackProtocol.replace(/:$/, '');
  return `${proto}://${host}`;
}

export function isSameOriginRequest(request: { headers: Headers; url: string }): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return request.headers.get('sec-fetch-site') === 'same-origin';
  const allowed = new Set<string>([new URL(siteUrl()).origin]);
  const own = requestOrigin(request.headers, new URL(request.url).protocol);
  if (own) allowed.add(own);
  return allowed.has(origin);
}
