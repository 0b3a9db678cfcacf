// Pure security helpers: the sign-in return path, the Origin check, roles, and token hashing.
import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';
import { isSameOriginRequest } from '@/lib/auth/origin';
import { assertRole, hasRole } from '@/lib/auth/roles';
import { generateToken, hashToken } from '@/lib/auth/tokens';
import { changedFields } from '@/lib/audit/diff';
import { aliasesSchema } from '@/lib/validation/school-form';

describe('safeNextPath', () => {
  it.each(['/admin', '/admin/schools', '/admin/schools/3?saved=1', '/admin/audit?entity=school#top'])('keeps %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });
  it.each([
    '//evil.example',
    '//evil.example/admin',
    '/\\evil.example',
    '/admin/\\evil',
    'https://evil.example/admin',
    'http:/admin',
    '/administrator',
    '/schools',
    '/admin//evil.example',
    ' /admin',
    '/admin/../schools',
    undefined,
    42,
  ])('rejects %s', (path) => {
    expect(safeNextPath(path)).toBe('/admin');
  });
});

describe('isSameOriginRequest', () => {
  const request = (headers: Record<string, string>) => ({ url: 'http://127.0.0.1:3203/admin/logout', headers: new Headers(headers) });
  it('accepts the request’s own origin', () => {
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', origin: 'http://127.0.0.1:3203' }))).toBe(true);
  });
  it('refuses another origin', () => {
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', origin: 'http://127.0.0.1:3204' }))).toBe(false);
  });
  it('refuses a missing Origin unless the browser says same-origin', () => {
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203' }))).toBe(false);
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOriginRequest(request({ host: '127.0.0.1:3203', 'sec-fetch-site': 'same-origin' }))).toBe(true);
  });
});

describe('roles', () => {
  it('admins can do what editors can; editors cannot do admin work', () => {
    expect(hasRole({ role: 'admin' }, 'editor')).toBe(true);
    expect(hasRole({ role: 'editor' }, 'editor')).toBe(true);
    expect(hasRole({ role: 'editor' }, 'admin')).toBe(false);
    expect(hasRole({ role: 'viewer' }, 'editor')).toBe(false);
    expect(hasRole(null, 'editor')).toBe(false);
    expect(() => assertRole(null, 'editor')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => assertRole({ id: 1, email: 'e@x.test', role: 'editor' }, 'admin')).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe('tokens and diffs', () => {
  it('makes distinct 32-byte tokens and stores a SHA-256 hex hash', () => {
    const a = generateToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(generateToken());
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
  });
  it('keeps only the changed fields', () => {
    expect(changedFields({ a: 1, b: 'x', c: ['u'] }, { a: 1, b: 'y', c: ['u', 'v'] })).toEqual({
      fields: ['b', 'c'],
      before: { b: 'x', c: ['u'] },
      after: { b: 'y', c: ['u', 'v'] },
    });
  });
  it('accepts aliases separated by | or new lines and stores them |-separated', () => {
    expect(aliasesSchema.parse(' HMS | Harvard Med\nHMS\r\n\nHarvard Medical ')).toBe('HMS|Harvard Med|Harvard Medical');
  });
});
