// TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (decision 040). Zero (the
// default) means none: forwarded headers (X-Forwarded-For, -Host, -Proto) are the client's own words and are
// ignored. The rule (a whole number from 0 to 10) is lib/env.ts's.
import { env, parseEnv } from '../env';

export function trustedProxyHops(source?: Record<string, string | undefined>): number {
  return (source ? parseEnv(source) : env()).TRUSTED_PROXY_HOPS;
}

/** A forwarded header's value, only when proxies are trusted (the first entry: the outermost proxy's). */
export function trustedForwarded(headers: Headers, name: string, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  return headers.get(name)?.split(',')[0]?.trim() || null;
}
