// The one stand-in for `next/headers` and `next/cache` in tests that call server actions outside Next. A test
// file opts in with two lines (vi.mock is hoisted per file, so each file names its own mocks):
//
//   vi.mock('next/headers', () => import('../support/next-mocks'));
//   vi.mock('next/cache', () => import('../support/next-mocks'));
//
// and then controls the request through `mockRequest` (session cookie, client address, other cookies and
// headers) and reads what was revalidated from `revalidated`. The state lives on globalThis because
// importWithDatabase calls vi.resetModules(): the app's copy of this module and the test's copy may be two
// instances, and both must see the same request.
import { sessionCookieName } from '@/lib/auth/cookie-name';
import { siteUrl } from '@/lib/site';

type MockRequest = {
  /** The session cookie's value (the token from createSession), or undefined for a signed-out request. */
  sessionToken: string | undefined;
  /** The client address as the server's peer stamp gives it (lib/security/peer-stamp.ts), or undefined. */
  peerAddress: string | undefined;
  /** Other cookies and request headers, by name. */
  cookies: Record<string, string>;
  headers: Record<string, string>;
};

type Revalidated = { tags: string[]; paths: string[] };

const STATE = Symbol.for('img-pathways.tests.next-mocks');
const PEER_STAMP = Symbol.for('img-pathways.peer-stamp');
const store = globalThis as unknown as Record<symbol, { request: MockRequest; revalidated: Revalidated } | boolean>;
const state = (store[STATE] ??= {
  request: { sessionToken: undefined, peerAddress: undefined, cookies: {}, headers: {} },
  revalidated: { tags: [], paths: [] },
}) as { request: MockRequest; revalidated: Revalidated };

export const mockRequest: MockRequest = state.request;
export const revalidated: Revalidated = state.revalidated;

/** Forget what earlier calls revalidated, before the call a test asserts on. */
export function clearRevalidated(): void {
  revalidated.tags.length = 0;
  revalidated.paths.length = 0;
}

function currentCookies(): Record<string, string> {
  const all = { ...mockRequest.cookies };
  if (mockRequest.sessionToken) all[sessionCookieName(siteUrl())] = mockRequest.sessionToken;
  return all;
}

// next/headers
export async function cookies() {
  const all = currentCookies();
  return {
    get: (name: string) => (name in all ? { name, value: all[name] } : undefined),
    has: (name: string) => name in all,
    getAll: () => Object.entries(all).map(([name, value]) => ({ name, value })),
  };
}

export async function headers(): Promise<Headers> {
  const result = new Headers(mockRequest.headers);
  if (mockRequest.peerAddress) {
    // The app trusts x-img-peer-address only when its server stamped it; here this module is that server.
    store[PEER_STAMP] = true;
    result.set('x-img-peer-address', mockRequest.peerAddress);
  }
  return result;
}

// next/cache
export function revalidateTag(tag: string): void {
  revalidated.tags.push(tag);
}

export function revalidatePath(path: string): void {
  revalidated.paths.push(path);
}

/** No cache under test: the wrapped function runs on every call. */
export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return fn;
}
