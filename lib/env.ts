// The environment, parsed with Zod: every variable the app itself reads (README's table), with its default and
// its rules, in one place. `parseEnv` is pure (tests and scripts pass their own record); `env()` reads
// process.env, re-parsing only when one of these variables changed (tests change SITE_URL and DATABASE_URL
// between imports). lib/startup-env.ts checks it once when the server starts: a malformed value or a key
// production needs stops the start with a message naming the variable. No 'server-only' here:
// scripts (db-prepare, admin-create) read the same rules through lib/db-client.ts.
import { z } from 'zod';

/** Unset and blank mean the same: "use the default". */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().optional());

function wholeNumber(name: string, min: number, max: number, fallback: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return fallback;
        const n = Number(raw);
        if (Number.isInteger(n) && n >= min && n <= max) return n;
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max} (got "${raw}")` });
        return z.NEVER;
      }),
  );
}

const httpUrl = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/[^/\s]+/.test(v), { message: `${name} must be an http(s) origin such as https://example.org` });

const schema = z.object({
  NODE_ENV: optionalText,
  /** Set by Next while `next build` runs (its phases are constants in next/constants). */
  NEXT_PHASE: optionalText,
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: wholeNumber('DATABASE_POOL_SIZE', 1, 1000, 10),
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  SITE_URL: httpUrl('SITE_URL'),
  IMPORT_SIGNING_KEY: optionalText,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText,
  IP_HASH_KEY: optionalText,
  TRUSTED_PROXY_HOPS: wholeNumber('TRUSTED_PROXY_HOPS', 0, 10, 0),
  FRONT_CACHE_PURGE_URL: optionalText,
});

export type Env = z.infer<typeof schema> & { isProduction: boolean; isBuild: boolean };
type Source = Record<string, string | undefined>;

export class EnvError extends Error {
  name = 'EnvError';
}

export function parseEnv(source: Source): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    // Our own rules' messages name their variable; Zod's built-in ones get it prefixed.
    throw new EnvError(result.error.issues.map((issue) => (issue.code === 'custom' ? issue.message : `${String(issue.path[0])}: ${issue.message}`)).join('; '));
  }
  return { ...result.data, isProduction: result.data.NODE_ENV === 'production', isBuild: result.data.NEXT_PHASE === 'phase-production-build' };
}

const KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];
let cached: { snapshot: string; env: Env } | null = null;

export function env(): Env {
  const snapshot = KEYS.map((key) => process.env[key] ?? '\u0000').join('\u0001');
  if (cached?.snapshot !== snapshot) cached = { snapshot, env: parseEnv(process.env) };
  return cached.env;
}
