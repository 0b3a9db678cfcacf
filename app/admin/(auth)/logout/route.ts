// POST /admin/logout — revokes the session in the database (not just the cookie) and returns to sign-in.
import { NextResponse, type NextRequest } from 'next/server';
import { findSessionByToken, revokeSessionToken, sessionCookie, sessionCookieOptions } from '@/lib/auth/session';
import { isSameOriginRequest } from '@/lib/auth/origin';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { seeOther } from '@/lib/auth/see-other';

export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request)) return new NextResponse('Cross-site request refused.', { status: 403 });
  const token = request.cookies.get(sessionCookie())?.value;
  const session = await findSessionByToken(token);
  await revokeSessionToken(token);
  if (session) {
    await recordAudit(db, session.user, { action: 'auth.sign_out', entityType: 'session', entityId: session.user.id, entitySlug: session.user.email });
  }
  const response = seeOther(request, '/admin/login?signed_out=1');
  response.cookies.set(sessionCookie(), '', sessionCookieOptions());
  return response;
}
