// Issue 15 item 1, as an attacker would try it over real HTTP (private server and database copy, so these
// failed sign-ins touch nobody else's counts): 30 failed sign-ins for 30 accounts, each claiming a new address
// in X-Forwarded-For, X-Real-IP and even our own peer-address header, are one client to the server and are
// throttled after 20. The right password from that address is refused too, while the count lasts.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { rawRequest, withOwnServer, type OwnServer } from './own-server';

test.describe.configure({ mode: 'serial' });

let server: OwnServer;

withOwnServer((started) => {
  server = started;
  // The copy carries the suite's own sign-in counters for 127.0.0.1 (other specs sign in from there too).
  const db = new Database(server.dbFile);
  db.prepare(`DELETE FROM "RateLimit" WHERE key LIKE 'sign-in:%'`).run();
  db.close();
});

function postSignIn(email: string, password: string, claimed: string) {
  const body = new URLSearchParams({ email, password }).toString();
  return rawRequest(server.base, '/admin/login/submit', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: server.base,
      'content-length': String(Buffer.byteLength(body)),
      'x-forwarded-for': claimed,
      'x-real-ip': claimed,
      'x-img-peer-address': claimed,
    },
  });
}

test('spoofed addresses do not escape the per-address sign-in limit', async () => {
  test.setTimeout(120_000); // 30 argon2 checks on a shared machine
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await postSignIn(`victim${i}@example.test`, 'not-the-password-1', `203.0.113.${i + 1}`);
    statuses.push(res.status);
    if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(303));
  expect(statuses.slice(20)).toEqual(Array(10).fill(429));
  const right = await postSignIn('e2e-admin@example.test', 'e2e-admin-password-123', '198.51.100.200');
  expect(right.status).toBe(429);
});
