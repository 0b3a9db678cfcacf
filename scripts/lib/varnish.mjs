// Starts varnishd with the shipped deploy/varnish/default.vcl in front of an app on `backendPort`, for
// `npm run bench`. Returns null when varnishd is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './serve.mjs';

export function findVarnishd() {
  return ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((p) => spawnSync(p, ['-V']).status === 0) ?? null;
}

/**
 * `params` are extra `-p name=value` settings. The bench turns gzip handling off: its client sends no
 * Accept-Encoding, and Varnish would otherwise store gzip and gunzip on every delivery, a cost browsers
 * (which accept gzip) never cause.
 */
export async function startVarnish(backendPort, params = []) {
  const varnishd = findVarnishd();
  if (!varnishd) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-bench-varnish-'));
  const vcl = readFileSync('deploy/varnish/default.vcl', 'utf8').replace('.port = "3000";', `.port = "${backendPort}";`);
  writeFileSync(path.join(dir, 'default.vcl'), vcl);
  chmodSync(dir, 0o755); // started as root, varnishd reads the file as its own user
  chmodSync(path.join(dir, 'default.vcl'), 0o644);
  const port = await freePort();
  const args = ['-F', '-n', path.join(dir, 'n'), '-a', `127.0.0.1:${port}`, '-f', path.join(dir, 'default.vcl'), '-s', 'malloc,256m', '-T', 'none'];
  for (const p of params) args.push('-p', p);
  const child = spawn(varnishd, args, { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, stop };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('varnishd did not start');
}
