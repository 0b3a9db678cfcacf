// A 303 redirect to a path on the host the browser used. Next's request.url names the host it listens on
// (e.g. localhost while the browser used 127.0.0.1), and Next turns a relative Location into one on that host;
// a redirect there would break `form-action 'self'` and lose the host-only session cookie.
import { NextResponse } from 'next/server';
import { siteUrl } from '../site';
import { requestOrigin } from './origin';

export function seeOther(request: { headers: Headers; url: string }, path: string): NextResponse {
  const origin = requestOrigin(request.headers, new URL(request.url).protocol) ?? siteUrl();
  return new NextResponse(null, { status: 303, headers: { Location: new URL(path, origin).toString(), 'Cache-Control': 'no-store' } });
}
