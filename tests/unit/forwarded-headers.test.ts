// Issue 15 item 6: X-Forwarded-Host/Proto decide the allowed origin and the redirect target only behind
// trusted proxies (TRUSTED_PROXY_HOPS > 0); the session cookie takes the __Host- prefix over https only.
import { describe, expect, it } from 'vitest';
import { isSameOriginRequest, requestOrigin } from '@/lib/auth/origin';
import { seeOther } from '@/lib/auth/see-other';
import { sessionCookieName } from '@/lib/auth/cookie-name';

const request = (headers: Record<string, string>) => ({ headers: new Headers(headers), url: 'http://127.0.0.1:3203/admin/login/submit' });

describe('forwarded headers', () => {
  it('a forged X-Forwarded-Host does not make a foreign Origin ours, without trusted proxies', () => {
    const forged = request({ host: '127.0.0.1:3203', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(isSameOriginRequest(forged, 0)).toBe(false);
    expect(isSameOriginRequest(forged)).toBe(false); // TRUSTED_PROXY_HOPS unset
    expect(isSameOriginRequest(forged, 1)).toBe(true); // a trusted proxy said so
  });

  it('redirects go to the Host the browser used, not a forwarded one, unless proxies are trusted', () => {
    const forged = request({ host: '127.0.0.1:3203', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(seeOther(forged, '/admin').headers.get('location')).toBe('http://127.0.0.1:3203/admin');
    expect(requestOrigin(forged.headers, 'http:', 1)).toBe('https://evil.example');
    expect(requestOrigin(new Headers({ host: 'a.example', 'x-forwarded-proto': 'javascript' }), 'http:', 1)).toBeNull();
  });

  it('names the session cookie __Host-img_session over https only', () => {
    expect(sessionCookieName('https://imgpathways.example')).toBe('__Host-img_session');
    expect(sessionCookieName('http://127.0.0.1:3000')).toBe('img_session');
  });
});
