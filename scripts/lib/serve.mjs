// Starts the production server (server.mjs: Next behind the response cache, what `npm start` serves) from the
// current build on a free port for the measuring scripts, and stops it. { server: 'next' } starts plain
// `next start` instead (BENCH_SERVER=next in `npm run bench`: the same build without the response cache).
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import { BASE_ENV } from './setup.mjs';

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * For `next start`, no `-H 127.0.0.1` (server.mjs passes "localhost" likewise): with an explicit IP, Next 16.4
 * builds the proxy's request URLs on "localhost" but resolves rewrites against the IP, so every proxy rewrite (cached /schools views, school pages) was forwarded as a
 * second HTTP request to itself: half the throughput. Without -H both sides say "localhost".
 */
export async function startServer(env = {}, { server = 'app' } = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  mkdirSync('data', { recursive: true });
  const log = openSync(`data/server-${port}.log`, 'w'); // the server's own output, for when a measurement fails
  const args = server === 'next' ? ['node_modules/next/dist/bin/next', 'start', '-p', String(port)] : ['server.mjs'];
  const child = spawn('node', args, {
    env: { ...BASE_ENV, PORT: String(port), ...env },
    stdio: ['ignore', log, log],
    detached: true, // its own process group: a tool run in between (lighthouse's Chrome launcher) cannot take it down
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, port, child, stop };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error('server did not start');
}
