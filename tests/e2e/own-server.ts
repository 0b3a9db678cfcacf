// A private production server for specs that must not share state with the suite's main server: it serves a
// copy of the e2e database (so a row checksum means something, and failed sign-ins or saves touch nobody
// else), on a free port. Spawned as `node …/next start` (or, with { server: 'app' }, `node server.mjs`: the
// production server with its response cache) so the child's pid is the server itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test } from '@playwright/test';
import { requireE2eDbFile } from './fixtures';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * One HTTP request with the path sent byte for byte (Playwright's request fixture and fetch normalise
 * `..`, `%2e%2e` and bad escapes away, which would hide exactly the inputs under test).
 */
export function rawRequest(
  base: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers: options.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${rawPath.slice(0, 120)}`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export type OwnServer = { base: string; dbFile: string; pid: number; stop: () => Promise<void> };

/** Copies the suite's e2e database (online backup: consistent while the main server writes) and serves it. */
export async function startOwnServer(env: Record<string, string> = {}, databaseUrl?: string, { server = 'next' }: { server?: 'next' | 'app' } = {}): Promise<OwnServer> {
  const seeded = process.env.E2E_DB_FILE;
  if (!seeded && !databaseUrl) throw new Error('E2E_DB_FILE is not set (run through npm test)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-own-'));
  const dbFile = path.join(dir, 'app.db');
  if (!databaseUrl) {
    const source = new Database(seeded!, { readonly: true, fileMustExist: true });
    await source.backup(dbFile);
    source.close();
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = server === 'app' ? ['server.mjs'] : ['node_modules/next/dist/bin/next', 'start', '-p', String(port)];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl ?? `file:${dbFile}`, PORT: String(port), SITE_URL: base, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  const up = await waitFor(async () => (await rawRequest(base, '/healthz')).status > 0, 45_000);
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  if (!up) {
    await stop();
    throw new Error(`own server did not start:\n${log}`);
  }
  return { base, dbFile, pid: child.pid!, stop };
}

/** SHA-256 over every row of every table, for "nothing changed" assertions. */
export function checksumDatabase(file: string, skip: string[] = []): Record<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      if (skip.includes(name)) continue;
      try {
        const rows = db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
        out[name] = createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16) + `:${rows.length}`;
      } catch {
        // FTS virtual tables mirror real ones
      }
    }
    return out;
  } finally {
    db.close();
  }
}

/**
 * One private server for a whole (serial) spec file: started before its first test, `started` then prepares it
 * (and keeps it in the spec's own variable), stopped after the last test.
 */
export function withOwnServer(started: (server: OwnServer) => void | Promise<void>): void {
  let server: OwnServer | undefined;
  test.beforeAll(async () => {
    requireE2eDbFile();
    server = await startOwnServer();
    await started(server);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
}

/** Whether a process (a server under test) is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
