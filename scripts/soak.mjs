// npm run soak — load and soak test of the production build: 64 connections for 60 s over a mix of public
// pages and API calls (after a 30 s warm-up), then prints errors, non-2xx and 5xx counts, and the server's
// resident memory (VmRSS from /proc/<pid>/status of the next-server process itself) after warm-up and at the
// end. Exits 1 on any error or 5xx, or when RSS grew by 50 MB or more after warm-up.
//   SOAK_SECONDS (60)  SOAK_WARMUP_SECONDS (30)  SOAK_CONNECTIONS (64)
//   SOAK_DATABASE_URL (file:./data/soak.db, prepared and seeded here)
//   SOAK_NO_BUILD=1    use the existing .next build as is (e.g. a `next build --webpack` in a git worktree)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import autocannon from 'autocannon';
import { BASE_ENV, ensureBuild, ensureDependencies, ensurePrismaClients, run, say } from './lib/setup.mjs';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
// 30 s: on this shared 2-core machine a 10 s warm-up (under 200 requests) had not yet grown the heap to its
// working size, and the soak then reported that growth as if it were a leak (see docs/performance.md).
const warmupSeconds = Number(process.env.SOAK_WARMUP_SECONDS ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 64);
const databaseUrl = process.env.SOAK_DATABASE_URL ?? 'file:./data/soak.db';
const RSS_GROWTH_LIMIT_MB = 50;

/** What visitors and API clients do, cycled per connection: listings, filters, detail pages, feeds, JSON. */
const REQUESTS = [
  '/',
  '/schools',
  '/schools?state=ma,ny&intl=yes,limited',
  '/schools?q=harvard',
  '/schools?aid=need&sort=tuition&page=2',
  '/schools/harvard-md',
  '/schools/tufts-md',
  '/compare?schools=harvard-md,tufts-md',
  '/lenders',
  '/lenders?cosigner=no',
  '/programs',
  '/guides',
  '/glossary',
  '/schools/feed.xml',
  '/api/v1/schools?aid=need',
  '/api/v1/schools?state=ca&per_page=50',
  '/api/v1/schools/harvard-md',
  '/api/v1/lenders',
  '/api/v1/programs?country=us',
  '/healthz',
].map((path) => ({ method: 'GET', path }));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitUp(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not start');
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function load(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, timeout: 30, requests: REQUESTS }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

ensureDependencies();
ensurePrismaClients();
run('npx', ['tsx', 'scripts/db-prepare.ts'], { DATABASE_URL: databaseUrl });
if (process.env.SOAK_NO_BUILD === '1' && existsSync('.next/BUILD_ID')) say('Using the existing build (SOAK_NO_BUILD=1)');
else ensureBuild();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
say(`Serving the production build on ${base} against ${databaseUrl}`);
// `node …/next start` (not npx) so that the spawned pid IS the server whose memory we read.
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
  env: { ...BASE_ENV, DATABASE_URL: databaseUrl, PORT: String(port), SITE_URL: base },
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true,
});
let serverErrors = '';
server.stderr.on('data', (d) => (serverErrors += d));
let exitCode = 0;
try {
  await waitUp(`${base}/healthz`);
  const rssStart = rssMb(server.pid);
  say(`Warm-up: ${warmupSeconds}s × ${connections} connections`);
  const warm = await load(base, warmupSeconds);
  const rssWarm = rssMb(server.pid);
  say(`Soak: ${seconds}s × ${connections} connections over ${REQUESTS.length} URLs`);
  const samples = [];
  const sampler = setInterval(() => samples.push(rssMb(server.pid)), 5_000);
  const r = await load(base, seconds);
  clearInterval(sampler);
  const rssEnd = rssMb(server.pid);
  const alive = (() => {
    try {
      process.kill(server.pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  const growth = rssEnd - rssWarm;
  const fiveXx = r['5xx'] ?? 0;
  const lines = [
    `server pid ${server.pid} (alive at the end: ${alive ? 'yes' : 'NO'})`,
    `warm-up: ${warm.requests.total} requests, ${warm.errors} errors, ${warm.non2xx} non-2xx`,
    `soak: ${r.requests.total} requests in ${r.duration.toFixed?.(0) ?? seconds} s, ${r.requests.average.toFixed(0)} req/s average`,
    `latency: p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
    `errors: ${r.errors} (timeouts ${r.timeouts})`,
    `status: 2xx ${r['2xx']}, 3xx ${r['3xx']}, 4xx ${r['4xx']}, 5xx ${fiveXx}; non-2xx ${r.non2xx}`,
    `RSS: ${rssStart.toFixed(0)} MB at start, ${rssWarm.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB at the end (growth ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB; limit < ${RSS_GROWTH_LIMIT_MB} MB)`,
    `RSS every 5 s: ${samples.map((s) => s.toFixed(0)).join(', ')} MB`,
  ];
  console.log(`\nSoak results\n${lines.map((l) => `  ${l}`).join('\n')}`);
  const failed = [];
  if (r.errors > 0) failed.push(`${r.errors} errors`);
  if (fiveXx > 0) failed.push(`${fiveXx} × 5xx`);
  if (growth >= RSS_GROWTH_LIMIT_MB) failed.push(`RSS grew ${growth.toFixed(1)} MB`);
  if (!alive) failed.push('the server died');
  if (serverErrors.trim()) console.log(`\nServer stderr (first lines):\n${serverErrors.split('\n').slice(0, 10).join('\n')}`);
  console.log(failed.length ? `\nSOAK FAILED: ${failed.join(', ')}` : '\nSOAK PASSED: 0 errors, 0 × 5xx, RSS growth under the limit');
  exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.exit(exitCode);
