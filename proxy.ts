// Next 16 proxy (formerly middleware). Two jobs, both conveniences — never the only guard of anything:
// 1. When the database does not answer, public pages get a polite 503 page instead of an error.
// 2. (admin) redirects to sign-in happen in the admin layout itself; see lib/auth.
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseHealthy } from '@/lib/health/probe';
import { unavailableHtml } from '@/lib/health/unavailable-page';

export async function proxy(request: NextRequest) {
  if (!(await isDatabaseHealthy())) {
    const wantsJson = request.nextUrl.pathname.startsWith('/api/');
    const headers = { 'Retry-After': '30', 'Cache-Control': 'no-store' };
    return wantsJson
      ? NextResponse.json({ error: 'The database is unavailable. Please try again shortly.' }, { status: 503, headers })
      : new NextResponse(unavailableHtml(), { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = {
  // Everything except static assets and the health check (which probes on its own).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|healthz).*)'],
};
