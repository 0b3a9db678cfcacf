// Database sessions. The browser holds a random 32-byte token in the session cookie (`img_session`, or
// `__Host-img_session` over https: lib/auth/cookie-name.ts); the database holds only its SHA-256 hash, so a
// leaked database cannot be replayed as cookies. Sessions end after 30 minutes idle for admins and 2 hours for
// editors (decision 042), 12 hours in all, on logout (revokedAt), and the moment their user is disabled.
import 'server-only';
import { cookies } from 'next/headers';
import { db } from '../db';
import { generateToken, hashToken } from './tokens';
import { isHttpsSite, sessionCookieName } from './cookie-name';
import { siteUrl } from '../site';
import { env } from '../env';

/** The session cookie's name for this deployment. */
export function sessionCookie(): string {
  return sessionCookieName(siteUrl());
}
/** The longest idle time of any role (pruning uses it). */
export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const ADMIN_IDLE_TIMEOUT_MS = 30 * 60 * 1000;

export function idleTimeoutFor(role: string): number {
  return role === 'admin' ? ADMIN_IDLE_TIMEOUT_MS : IDLE_TIMEOUT_MS;
}
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, so reading pages does not write on every request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionUser = { id: number; email: string; name: string; role: string };
export type CurrentSession = { sessionId: number; user: SessionUser };

export async function createSession(
  userId: number,
  client: { ip?: string; userAgent?: string } = {},
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
    },
  });
  return { token, expiresAt };
}

/** The live session for a token, or null when it is unknown, revoked, expired, idle too long or its user disabled. */
export async function findSessionByToken(token: string | undefined | null, now = new Date()): Promise<CurrentSession | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  if (session.expiresAt.getTime() <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > idleTimeoutFor(session.user.role)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { disabledAt: _disabledAt, ...user } = session.user;
  return { sessionId: session.id, user };
}

export async function revokeSessionToken(token: string | undefined | null, now = new Date()): Promise<void> {
  if (!token) return;
  await db.session.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: now } });
}

export async function revokeUserSessions(userId: number, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** The current request's session (reads the cookie). */
export async function getSession(): Promise<CurrentSession | null> {
  const store = await cookies();
  return findSessionByToken(store.get(sessionCookie())?.value);
}

export function sessionCookieOptions(expiresAt?: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env().isProduction || isHttpsSite(siteUrl()),
    path: '/',
    ...(expiresAt ? { expires: expiresAt } : { maxAge: 0 }),
  };
}
