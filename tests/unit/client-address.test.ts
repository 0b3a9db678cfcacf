// Issue 15 item 1: the client address used for throttling is the socket peer's (stamped by this process, any
// client copy of the stamp removed), and X-Forwarded-For only counts for as many hops as TRUSTED_PROXY_HOPS
// trusts, taken from the right. Plus the common-password refusal.
import http from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientIp, trustedProxyHops, UNKNOWN_CLIENT } from '@/lib/auth/client-info';
import { PEER_HEADER, stampPeer } from '@/lib/security/peer-stamp';
import { passwordSchema } from '@/lib/auth/password';

const stamped = (peer: string, extra: Record<string, string> = {}) => new Headers({ [PEER_HEADER]: peer, ...extra });

describe('client address', () => {
  it('ignores X-Forwarded-For and X-Real-IP by default: the socket peer decides', () => {
    const headers = stamped('198.51.100.7', { 'x-forwarded-for': '203.0.113.99', 'x-real-ip': '203.0.113.98' });
    expect(clientIp(headers, { hops: 0, stamped: true })).toBe('198.51.100.7');
  });

  it('thirty requests claiming thirty addresses from one socket are one client', () => {
    const seen = new Set(Array.from({ length: 30 }, (_, i) => clientIp(stamped('198.51.100.7', { 'x-forwarded-for': `10.0.0.${i}` }), { hops: 0, stamped: true })));
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('with trusted proxies, takes the entry that many hops from the right, never a client-supplied one further left', () => {
    // client claims 6.6.6.6; the one trusted proxy appended the real client 203.0.113.5 and connects from 10.0.0.2
    const oneProxy = stamped('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' });
    expect(clientIp(oneProxy, { hops: 1, stamped: true })).toBe('203.0.113.5');
    // two proxies: CDN appended the client, the load balancer appended the CDN's address
    const twoProxies = stamped('10.0.0.3', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 192.0.2.40' });
    expect(clientIp(twoProxies, { hops: 2, stamped: true })).toBe('203.0.113.5');
    // fewer entries than hops: the leftmost address any trusted party saw
    expect(clientIp(stamped('10.0.0.2'), { hops: 2, stamped: true })).toBe('10.0.0.2');
  });

  it('without the stamp every request shares one bucket, whatever headers it sends', () => {
    const forged = new Headers({ [PEER_HEADER]: '203.0.113.1', 'x-forwarded-for': '203.0.113.2' });
    expect(clientIp(forged, { hops: 0, stamped: false })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(new Headers(), { hops: 1, stamped: true })).toBe(UNKNOWN_CLIENT);
  });

  it('the stamp replaces a copy the client sent with the socket address', () => {
    const socket = new Socket();
    Object.defineProperty(socket, 'remoteAddress', { value: '198.51.100.8' });
    const request = new http.IncomingMessage(socket);
    request.headers[PEER_HEADER] = '203.0.113.66';
    stampPeer(request);
    expect(request.headers[PEER_HEADER]).toBe('198.51.100.8');
    const noSocketAddress = new http.IncomingMessage(new Socket());
    noSocketAddress.headers[PEER_HEADER] = '203.0.113.66';
    stampPeer(noSocketAddress);
    expect(noSocketAddress.headers[PEER_HEADER]).toBeUndefined();
  });

  it('reads TRUSTED_PROXY_HOPS strictly', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    for (const bad of ['-1', '1.5', 'yes', '99']) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe('common passwords', () => {
  it('refuses long but common passwords, in any case, and accepts an uncommon one', () => {
    for (const common of ['qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', 'password1234']) {
      const result = passwordSchema.safeParse(common);
      expect(result.success, common).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/commonly used/);
    }
    expect(passwordSchema.safeParse('violet-harbour-lantern-42').success).toBe(true);
  });
});
