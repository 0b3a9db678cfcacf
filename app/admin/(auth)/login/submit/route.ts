// POST /admin/login/submit — the sign-in form's target. 303 to the return path on success, 303 back to the
// form with an error on failure, 429 (with Retry-After) when throttled, 403 for a cross-site post.
import { NextResponse, type NextRequest } from 'next/server';
import { signIn, signInSchema } from '@/lib/auth/sign-in';
import { sessionCookie, sessionCookieOptions } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/safe-next';
import { isSameOriginRequest } from '@/lib/auth/origin';
import { clientIp, userAgent } from '@/lib/auth/client-info';
import { throttledHtml } from '@/lib/auth/throttled-page';
import { seeOther } from '@/lib/auth/see-other';

function backToForm(request: NextRequest, error: string, next: string) {
  const query = new URLSearchParams({ error });
  if (next !== '/admin') query.set('next', next);
  return seeOther(request, `/admin/login?${query}`);
}

export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request)) {
    return new NextResponse('Cross-site sign-in refused.', { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const next = safeNextPath(form?.get('next'));
  const parsed = signInSchema.safeParse({ email: form?.get('email') ?? '', password: form?.get('password') ?? '' });
  if (!parsed.success) return backToForm(request, 'missing', next);

  const result = await signIn(parsed.data, { ip: clientIp(request.headers), userAgent: userAgent(request.headers) });
  if (!result.ok && result.reason === 'throttled') {
    return new NextResponse(throttledHtml(result.retryAfterSeconds), {
      status: 429,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Retry-After': String(result.retryAfterSeconds),
        'Cache-Control': 'no-store',
      },
    });
  }
  if (!result.ok) return backToForm(request, 'invalid', next);

  const response = seeOther(request, next);
  response.cookies.set(sessionCookie(), result.token, sessionCookieOptions(result.expiresAt));
  return response;
}
