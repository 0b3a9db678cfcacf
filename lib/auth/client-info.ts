// Who is asking: the client address (for throttling, rate limits and the session list) and the user agent.
// The address is the socket peer's, stamped by lib/security/peer-stamp.ts, unless TRUSTED_PROXY_HOPS says how
// many proxies in front of the app append to X-Forwarded-For: then it is the entry that many hops from the
// right (the first one a trusted proxy saw). Entries further left are the client's own claims and never used.
import { isPeerStampInstalled, PEER_HEADER } from '../security/peer-stamp';
import { trustedProxyHops } from '../security/proxy-hops';

export { trustedProxyHops };

/** Stands for "no address known" (the stamp is missing): every such request shares one bucket. */
export const UNKNOWN_CLIENT = 'unknown';

export function clientIp(
  headers: Headers,
  options: { hops?: number; stamped?: boolean } = {},
): string {
  const hops = options.hops ?? trustedProxyHops();
  const stamped = options.stamped ?? isPeerStampInstalled();
  const peer = stamped ? headers.get(PEER_HEADER)?.trim() : undefined;
  if (!peer) return UNKNOWN_CLIENT;
  if (hops === 0) return peer.slice(0, 64);
  // Right to left: the socket peer (the nearest proxy), then what each proxy appended.
  const chain = [peer, ...(headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean).reverse()];
  return chain[Math.min(hops, chain.length - 1)].slice(0, 64);
}

export function userAgent(headers: Headers): string {
  return (headers.get('user-agent') ?? '').slice(0, 300);
}
