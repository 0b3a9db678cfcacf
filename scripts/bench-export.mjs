// npm run bench:export -- [rows] — time and server memory of one xlsx and one csv export of N schools
// (default 5,000) from a separate synthetic database (db:scale). Prints wall time, bytes, and the server's
// resident memory before and its peak (VmHWM) after, read from /proc.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { BASE_ENV, ensureBuild, say } from './lib/setup.mjs';

const rows = Number(process.argv[2] ?? 5000);
const url = `file:./data/scale-${rows}.db`;
execFileSync('npx', ['tsx', 'scripts/db-scale.ts', '--schools', String(rows), '--url', url], { stdio: 'inherit' });
ensureBuild();

const port = await new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
  env: { ...BASE_ENV, DATABASE_URL: url },
  stdio: 'ignore',
});
const memory = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};
try {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await fetch(`${base}/schools/export.csv?degree=do`).then((r) => r.arrayBuffer()); // warm the routes
  await fetch(`${base}/schools/export.xlsx?degree=do`).then((r) => r.arrayBuffer());
  for (const format of ['xlsx', 'csv']) {
    const before = memory();
    const start = performance.now();
    const response = await fetch(`${base}/schools/export.${format}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    const seconds = (performance.now() - start) / 1000;
    const after = memory();
    say(
      `${format}: ${rows + 51} schools, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s; ` +
        `server RSS ${before.rss.toFixed(0)} MB before, peak ${after.peak.toFixed(0)} MB (growth ≤ ${(after.peak - before.rss).toFixed(0)} MB)`,
    );
  }
} finally {
  server.kill('SIGTERM');
}
