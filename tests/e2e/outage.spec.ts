// The database goes away and comes back: /healthz and pages answer 503 politely, then recover without restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { requireE2eDbFile } from './fixtures';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

test('a missing SQLite database gives 503 pages, and the app recovers when it returns', async ({ request }) => {
  test.setTimeout(90_000);
  const seeded = requireE2eDbFile();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-outage-'));
  const dbFile = path.join(dir, 'app.db');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  try {
    server = spawn('npx', ['next', 'start', '-p', String(port)], {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}`, PORT: String(port) },
      stdio: 'ignore',
      detached: true,
    });
    expect(await waitFor(async () => (await request.get(`${base}/healthz`)).status() === 503, 45_000)).toBe(true);

    const page = await request.get(`${base}/schools`);
    expect(page.status()).toBe(503);
    const html = await page.text();
    expect(html).toContain('right back');
    expect(html).not.toMatch(/at \w+ \(|Error:|prisma/i);
    expect((await request.get(`${base}/api/v1/schools`)).status()).toBe(503);

    copyFileSync(seeded, dbFile);
    expect(await waitFor(async () => (await request.get(`${base}/schools`)).status() === 200, 10_000)).toBe(true);
    expect((await request.get(`${base}/healthz`)).status()).toBe(200);
    expect(await (await request.get(`${base}/schools/harvard-md`)).text()).toContain('Harvard Medical School');
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
