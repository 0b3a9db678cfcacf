// CSRF guard for cookie-authenticated POST route handlers. Next checks Origin for server actions only, and lets
// an Origin-less request through; here a missing Origin is refused unless the browser vouches for it with
// `Sec-Fetch-Site: same-origin`.
import { siteUrl } from '../site';
import { trustedForwarded } from '../security/proxy-hops';

/** The origin the browser used, from Host; from the proxy's X-Forwarded-Host/Proto only when TRUSTED_PROXY_HOPS > 0. */
export function requestOrigin(headers: Headers, fallbackProtocol: string, hops?: number): string | null {
  const host = trustedForwarded(headers, 'x-forwarded-host', hops) ?? headers.get('host');
  if (!host) return null;
  const proto = trustedForwarded(headers, 'x-forwarded-proto', hops) ?? fallbackProtocol.replace(/:$/, '');
  if (!/^https?$/.test(proto)) return null;
  return `${proto}://${host}`;
}

export function isSameOriginRequest(request: { headers: Headers; url: string }, hops?: number): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return request.headers.get('sec-fetch-site') === 'same-origin';
  const allowed = new Set<string>([new URL(siteUrl()).origin]);
  const own = requestOrigin(request.headers, new URL(request.url).protocol, hops);
  if (own) allowed.add(own);
  return allowed.has(origin);
}
