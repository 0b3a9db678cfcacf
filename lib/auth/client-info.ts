// Who is asking, as far as the headers tell: the client IP (first X-Forwarded-For hop, set by the proxy in
// front of the app) and the user agent, both for throttling and the session list.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip') || '127.0.0.1').slice(0, 64);
}

export function userAgent(headers: Headers): string {
  return (headers.get('user-agent') ?? '').slice(0, 300);
}
