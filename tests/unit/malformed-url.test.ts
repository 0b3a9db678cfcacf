// Which paths proxy.ts refuses with 400 before Next's router (which answers a bare 500 for them).
import { describe, expect, it } from 'vitest';
import { hasMalformedPercentEncoding, malformedUrlHtml } from '@/lib/security/malformed-url';

describe('hasMalformedPercentEncoding', () => {
  it.each(['/schools/%', '/guides/%E0%A4%A', '/schools/%C0%AF', '/lenders/%ED%A0%80', '/programs/%FF%FE', '/api/v1/schools/%zz'])('refuses %s', (path) => {
    expect(hasMalformedPercentEncoding(path)).toBe(true);
  });
  it.each(['/', '/schools/harvard-md', '/schools/%25', '/api/v1/schools/%2e%2e%2f', '/schools/caf%C3%A9', '/guides/%F0%9F%9A%91'])('lets %s through', (path) => {
    expect(hasMalformedPercentEncoding(path)).toBe(false);
  });
  it('never echoes the address in its page', () => {
    expect(malformedUrlHtml()).not.toContain('%');
  });
});
