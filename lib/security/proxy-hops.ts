// TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (decision 040). Zero (the
// default) means none: forwarded headers (X-Forwarded-For, -Host, -Proto) are the client's own words and are
// ignored.
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${raw}")`);
  }
  return hops;
}

/** A forwarded header's value, only when proxies are trusted (the first entry: the outermost proxy's). */
export function trustedForwarded(headers: Headers, name: string, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  return headers.get(name)?.split(',')[0]?.trim() || null;
}
