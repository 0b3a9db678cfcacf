// The key for the HMAC of reader addresses (corrections limit, decision 011). It must be secret (else the
// hashes of the 4 billion IPv4 addresses can be recomputed from a leaked database) and the same on every
// instance (the limit is shared). Order: IP_HASH_KEY; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (already shared by
// every instance); the key file `npm start` writes on first run (data/ip-hash.key, one machine); outside
// production a fixed development key. In production with none of them the server refuses to start.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from '../env';

export const IP_HASH_KEY_FILE = path.join('data', 'ip-hash.key');
const DEVELOPMENT_KEY = 'img-pathways-development-ip-hash';

export class MissingIpHashKeyError extends Error {
  name = 'MissingIpHashKeyError';
  constructor() {
    super(
      'IP_HASH_KEY is not set. In production the server needs a secret key for hashing reader addresses: set ' +
        'IP_HASH_KEY (the same random value on every instance, e.g. `openssl rand -base64 32`), or run `npm start` ' +
        `once to create ${IP_HASH_KEY_FILE}.`,
    );
  }
}

export function resolveIpHashKey(source: Record<string, string | undefined> = process.env, dir = process.cwd()): string {
  const env = parseEnv(source);
  const configured = env.IP_HASH_KEY || env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (configured) return configured;
  const file = path.join(dir, IP_HASH_KEY_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return stored;
  }
  if (!env.isProduction) return DEVELOPMENT_KEY;
  throw new MissingIpHashKeyError();
}

/** For `npm start` (via db-prepare): creates the key file once when no key is configured. */
export function ensureIpHashKeyFile(source: Record<string, string | undefined> = process.env, dir = process.cwd()): 'configured' | 'exists' | 'created' {
  const env = parseEnv(source);
  if (env.IP_HASH_KEY || env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return 'configured';
  const file = path.join(dir, IP_HASH_KEY_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8').trim()) return 'exists';
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
  return 'created';
}
