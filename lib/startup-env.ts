// The check instrumentation.ts runs once when a server process starts: every variable well-formed (lib/env.ts)
// and, in production, the keys production cannot do without (today the IP-hash key, decisions 042/043: set
// IP_HASH_KEY, or let `npm start` create data/ip-hash.key). Skipped while `next build` runs: the build
// (NODE_ENV=production too) renders pages but never hashes an address, and a build machine need not hold the
// runtime secrets. Throws an error whose message names the variable.
import { parseEnv } from './env';
import { resolveIpHashKey } from './security/ip-hash-key';

export function checkStartupEnv(source: Record<string, string | undefined> = process.env, dir = process.cwd()): void {
  const env = parseEnv(source);
  if (env.isBuild) return;
  resolveIpHashKey(source, dir);
}
