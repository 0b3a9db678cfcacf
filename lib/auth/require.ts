// The guards every admin page, server action and route handler calls. They re-read the session from the
// database on each request (never trusting the proxy), so a revoked session or disabled user stops at once.
import 'server-only';
import { redirect } from 'next/navigation';
import { getSession, type SessionUser } from './session';
import { AuthError, hasRole, type Role } from './roles';

/** For pages: redirect to sign-in when signed out. */
export async function requireUser(): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect('/admin/login');
  return session.user;
}

/** For pages: a signed-in user lacking the role is sent to the dashboard home, which says so. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, role)) redirect('/admin?forbidden=1');
  return user;
}

/** For server actions and route handlers: throws AuthError (401/403) instead of redirecting. */
export async function authorize(role: Role): Promise<SessionUser> {
  const session = await getSession();
  if (!session) throw new AuthError(401);
  if (!hasRole(session.user, role)) throw new AuthError(403);
  return session.user;
}
