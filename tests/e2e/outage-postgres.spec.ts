// PostgreSQL goes away during traffic and comes back. The shared PostgreSQL server is never stopped: a small
// TCP proxy (node:net) sits between a private app server and PostgreSQL, and the test cuts every live
// connection and refuses new ones. Expect /healthz 503, polite 503 pages and API answers, no crash, and
// recovery without a restart once the proxy lets connections through again.
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { freePort, isAlive, rawRequest, startOwnServer, waitFor, type OwnServer } from './own-server';

const PG_BASE = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A TCP proxy to PostgreSQL that can be cut (live sockets destroyed, new ones refused) and restored. */
async function startCuttableProxy(target: { host: string; port: number }) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('PostgreSQL refusing connections mid-traffic gives 503s, no crash, and recovery without a restart', async () => {
  test.setTimeout(150_000);
  const base = new URL(PG_BASE);
  // This test creates and drops a database: refuse anything but a local server.
  if (!['127.0.0.1', 'localhost', '::1'].includes(base.hostname)) throw new Error(`refusing to run against non-local PostgreSQL ${base.host}`);
  const name = `imgp_e2e_outage_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const proxy = await startCuttableProxy({ host: base.hostname, port: Number(base.port || 5432) });
  let server: OwnServer | null = null;
  try {
    const direct = new URL(PG_BASE);
    direct.pathname = `/${name}`;
    execFileSync('npx', ['tsx', 'scripts/db-prepare.ts'], { env: { ...process.env, DATABASE_URL: direct.toString(), ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }, stdio: 'pipe' });
    const viaProxy = new URL(direct);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    server = await startOwnServer({ DATABASE_POOL_SIZE: '4' }, viaProxy.toString());
    const get = (path: string) => rawRequest(server!.base, path);

    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/schools')).status).toBe(200);
    expect((await get('/schools/harvard-md')).status).toBe(200);

    // Traffic while the database disappears: every answer is a 200 (from before the cut) or a polite 503.
    const paths = ['/schools', '/schools?state=ma', '/api/v1/schools', '/schools/harvard-md', '/lenders', '/api/v1/lenders', '/programs'];
    // Requests already past the proxy's health check (cached for 1 s) when the connection drops may fail
    // with the generic error page (500); from then on every answer must be the polite 503.
    let stop = false;
    let settledAt = Infinity;
    const seen: { status: number; at: number; path: string; body: string }[] = [];
    const traffic = Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let i = w; !stop; i++) {
          const path = paths[i % paths.length];
          const started = Date.now();
          const res = await get(path).catch((e: Error) => ({ status: -1, body: e.message, headers: {} }));
          seen.push({ status: res.status, at: started, path, body: res.body });
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    proxy.cut();
    expect(await waitFor(async () => (await get('/healthz')).status === 503, 10_000)).toBe(true);
    settledAt = Date.now() + 1_500;
    await new Promise((r) => setTimeout(r, 4_000));
    stop = true;
    await traffic;
    expect(seen.filter((s) => s.status === -1).map((s) => s.body)).toEqual([]); // no dropped connection, no crash
    expect(seen.filter((s) => s.at > settledAt && s.status !== 503).map((s) => `${s.path} → ${s.status}`)).toEqual([]);
    expect(seen.filter((s) => s.at > settledAt).length).toBeGreaterThan(10);
    for (const s of seen.filter((x) => x.status >= 500)) expect(s.body, s.path).not.toMatch(/at \w+ \(|prisma|ECONN|DriverAdapterError/i);
    const transitional = seen.filter((s) => s.status >= 500 && s.status !== 503).length;
    console.log(`postgres outage: ${seen.length} requests, ${transitional} failed in flight with the generic error page, the rest 200 or 503`);

    const page = await get('/schools');
    expect(page.status).toBe(503);
    expect(page.body).toContain('right back');
    expect(page.body).not.toMatch(/at \w+ \(|Error:|prisma|ECONN/i);
    expect(page.headers['retry-after']).toBe('30');
    const api = await get('/api/v1/schools');
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body)).toEqual({ error: expect.stringMatching(/database is unavailable/i) });
    expect(isAlive(server.pid)).toBe(true);

    proxy.restore();
    expect(await waitFor(async () => (await get('/schools')).status === 200, 20_000)).toBe(true);
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/schools/harvard-md')).body).toContain('Harvard Medical School');
    expect((await get('/api/v1/schools?state=ma')).status).toBe(200);
    expect(isAlive(server.pid)).toBe(true);
  } finally {
    await server?.stop();
    proxy.cut();
    await proxy.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
});
