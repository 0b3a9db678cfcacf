// Users and session rows for tests: a user with a real argon2id hash (so it can sign in through the form),
// and a session row with chosen timestamps for tests about expiry and pruning. A live session for a signed-in
// request comes from the app's own createSession (lib/auth/session.ts), never from here.
import type { Db } from '../db-client';
import { hashPassword } from '../auth/password';
import { generateToken, hashToken } from '../auth/tokens';
import { nextSequence } from './sources';

export const FACTORY_PASSWORD = 'correct-horse-battery';

export type UserOptions = { email?: string; role?: string; name?: string; password?: string | null; disabled?: boolean };

export async function createUser(db: Db, options: UserOptions = {}) {
  const email = options.email ?? `factory-user-${nextSequence()}@example.test`;
  const password = options.password === undefined ? FACTORY_PASSWORD : options.password;
  return db.user.create({
    data: {
      email,
      role: options.role ?? 'editor',
      name: options.name ?? email.split('@')[0],
      passwordHash: password === null ? null : await hashPassword(password),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

type SessionTimes = { createdAt?: Date; lastSeenAt?: Date; expiresAt?: Date; revokedAt?: Date | null };

/** Data for db.session.create: a session of userId (hash of a fresh token unless tokenHash is given), 1 h left. */
export function buildSession(userId: number, options: SessionTimes & { tokenHash?: string } = {}) {
  const now = new Date();
  return {
    tokenHash: options.tokenHash ?? hashToken(generateToken()),
    userId,
    createdAt: options.createdAt ?? now,
    lastSeenAt: options.lastSeenAt ?? now,
    expiresAt: options.expiresAt ?? new Date(now.getTime() + 3600_000),
    revokedAt: options.revokedAt ?? null,
  };
}
