// npm run bench — measures the production build under load, all pages in ONE run so ratios are comparable on
// this shared, noisy machine. Starts the production server (server.mjs, as `npm start`) on a free port (its
// own process) and drives it with autocannon from this process. Prints req/s, p50/p99 latency, errors, and
// throughput relative to a prerendered static page.
//   BENCH_DATABASE_URL  database to serve (default file:./data/app.db; e.g. the db:scale database)
//   BENCH_SECONDS       seconds per measurement (default 10)   BENCH_CONNECTIONS (default 16)
//   BENCH_RUNS          measurements per target and server (default 3): the table shows medians
//   BENCH_SERVER        app (default: server.mjs) or next (plain `next start`, without the response cache)
//   BENCH_WORD          the word of the one-client latency probe /schools?q=<word>&aid=need&state=ny (default riverside)
// The one-client probes: the same search repeated (served from the page cache after its first request), then
// 60 different searches, each asked once (never cached: what the first visitor to ask a question waits).
// Each target is measured against three servers in turn, BENCH_RUNS times over (issue 17): the app; a bare
// Node server sending the exact bytes the app sent for it (the limit: what this machine can send at all); and
// Varnish with deploy/varnish/default.vcl in front of the app, when varnishd is installed. Back to back, so a
// ratio compares measurements taken under the same load; the table shows the median req/s of each server and
// the median of the per-run ratios to the bare server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './lib/serve.mjs';
import { startVarnish } from './lib/varnish.mjs';
import { ensureBuild, ensureDependencies, ensurePrismaClients, run, say } from './lib/setup.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const serverKind = process.env.BENCH_SERVER === 'next' ? 'next' : 'app';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'file:./data/app.db';

const word = process.env.BENCH_WORD ?? 'riverside';
const TARGETS = [
  ['static page (prerendered /glossary)', '/glossary'],
  ['/schools (no filters)', '/schools'],
  ['/schools (3 filters, canonical: cached view)', '/schools?state=ca,ma,ny&intl=yes,limited&aid=need'],
  ['/schools (3 filters + q: cached search)', '/schools?q=university&state=ca,ma,ny&intl=yes,limited&aid=need'],
  [`/schools?q=${word}&aid=need&state=ny (cached search)`, `/schools?q=${encodeURIComponent(word)}&aid=need&state=ny`],
  ['/schools?q=harvard (cached search)', '/schools?q=harvard'],
  // Capitals: filed under the canonical form, so the same cached view (decision 062).
  ['/schools?q=Harvard (capitals: canonical cached view)', '/schools?q=Harvard'],
  // Five words: beyond the page cache's bounds (lib/cache/schools-key.ts); `next start` renders it per request,
  // server.mjs renders it once and keeps the response (decision 063).
  [`/schools?q=${word} college of medicine east (5 words: outside the page cache)`, `/schools?q=${encodeURIComponent(`${word} college of medicine east`)}&aid=need&state=ny`],
  ['school page', '/schools/harvard-md'],
  ['/api/v1/schools', '/api/v1/schools?aid=need'],
];
// Measured last, after the one-client probes: 16 concurrent exports leave work queued after the load stops.
const EXPORT_TARGET = ['xlsx export', '/schools/export.xlsx?intl=yes,limited'];

/** The exact bytes and content type a client without Accept-Encoding (autocannon) gets for this URL. */
function exactBytes(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] ?? 'application/octet-stream', body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** scripts/lib/bare-server.mjs in its own process, serving these pages; resolves { base, stop }. */
async function startBareServer(pages) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-bare-'));
  const file = path.join(dir, 'pages.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries([...pages].map(([p, { type, body }]) => [p, { type, body: body.toString('base64') }]))));
  const child = spawn(process.execPath, ['scripts/lib/bare-server.mjs', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(Number(String(d).trim())));
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => (child.kill('SIGTERM'), rmSync(dir, { recursive: true, force: true })) };
}

function measure(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Fetches the paths one at a time; returns the times of all but the first `warmup`, sorted. */
async function timeOneByOne(paths, warmup) {
  const times = [];
  for (const [i, p] of paths.entries()) {
    const start = performance.now();
    const response = await fetch(`${base}${p}`);
    await response.arrayBuffer();
    if (i >= warmup) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function percentiles(times) {
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(0);
  return `p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`;
}

ensureDependencies();
ensurePrismaClients();
run('npx', ['tsx', 'scripts/db-prepare.ts'], { DATABASE_URL: databaseUrl });
ensureBuild();
const { base, port: appPort, stop } = await startServer({ DATABASE_URL: databaseUrl }, { server: serverKind });
say(`Serving the production build (${serverKind === 'next' ? 'next start' : 'server.mjs'}) on ${base} against ${databaseUrl}`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');
const loadAtStart = loadAverage();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const measureOnce = async (server, label, path) => {
  say(`${label}: ${seconds}s × ${connections} connections`);
  const r = await measure(`${server}${path}`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
};
const warm = async (server, path) => {
  await fetch(`${server}${path}`).catch(() => null); // warm the route once
  await fetch(`${server}${path}`).catch(() => null); // (a cache stores on the first answer)
};
let bare = null;
let varnish = null;
try {
  for (const [, p] of TARGETS) await warm(base, p);
  // The limit: the exact bytes of each target from a server that does nothing else.
  const pages = new Map();
  for (const [, p] of TARGETS) pages.set(p, await exactBytes(`${base}${p}`));
  bare = await startBareServer(pages);
  // Through the shipped front cache, when varnishd is installed.
  varnish = await startVarnish(appPort, ['http_gzip_support=off']);
  if (!varnish) say('varnishd is not installed (apt-get install varnish varnish-modules): no Varnish rows');
  const servers = [['app', base], ['bare', bare.base], ...(varnish ? [['Varnish', varnish.base]] : [])];
  for (const [, server] of servers.slice(1)) for (const [, p] of TARGETS) await warm(server, p);
  /** results[target][server] = one measurement per run. */
  const results = TARGETS.map(() => Object.fromEntries(servers.map(([name]) => [name, []])));
  for (let runIndex = 0; runIndex < runs; runIndex++) {
    for (const [t, [name, p]] of TARGETS.entries()) {
      for (const [server, url] of servers) results[t][server].push(await measureOnce(url, `run ${runIndex + 1}/${runs}, ${server}: ${name}`, p));
    }
  }
  // One client, one request at a time: the latency a visitor sees for a free-text query.
  const probe = `/schools?q=${encodeURIComponent(word)}&aid=need&state=ny`;
  const repeated = await timeOneByOne(Array.from({ length: 60 }, () => probe), 5);
  console.log(`\nOne client, ${repeated.length} requests of ${probe} (cached after the first): ${percentiles(repeated)}`);
  // Words of the synthetic names (scripts/db-scale.ts) under three filters: 60 searches nobody asked before.
  const PLACES = ['riverside', 'lakeview', 'harbor', 'summit', 'prairie', 'granite', 'cedar', 'bayview', 'northfield', 'westbrook',
    'pinecrest', 'redwood', 'highland', 'meadow', 'stonebridge', 'clearwater', 'fairmont', 'oakridge', 'silver', 'eastport'];
  const fresh = ['aid=need&state=ny', 'aid=need&state=ca', 'intl=yes'].flatMap((f) => PLACES.map((w) => `/schools?q=${w}&${f}`));
  const cold = await timeOneByOne(fresh, 0);
  console.log(`One client, ${cold.length} different searches, each asked once (not cached): ${percentiles(cold)}`);
  await warm(base, EXPORT_TARGET[1]);
  const exportRow = await measureOnce(base, EXPORT_TARGET[0], EXPORT_TARGET[1]);

  const ceiling = median(results[0].app.map((r) => r.rps)) || 1;
  const fixed = (n) => (n === null ? '–' : n.toFixed(2));
  const ratioMedian = (t, server) => (results[t][server] ? median(results[t][server].map((r, i) => r.rps / (results[t].bare[i].rps || 1))) : null);
  const rpsMedian = (list) => median(list.map((r) => r.rps));
  console.log(`\nLoad average (1/5/15 min) at start ${loadAtStart}, at end ${loadAverage()}; ${os.cpus().length} CPUs.`);
  console.log(`App = ${serverKind === 'next' ? '`next start`' : 'server.mjs (as `npm start`)'}; bare bytes = a Node server sending the same bytes; Varnish = deploy/varnish/default.vcl in front of the app.`);
  console.log(`Median of ${runs} run${runs > 1 ? 's' : ''} of ${seconds}s × ${connections} connections per server and target; × bare = median of the per-run ratios; p50/p99 and errors of the app's median run; errors summed over runs.`);
  console.log(`\n| target | app req/s | p50 ms | p99 ms | errors | non-2xx | × static | bare req/s | app × bare | Varnish req/s | Varnish errors | Varnish × bare |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const [t, [name]] of TARGETS.entries()) {
    const app = results[t].app;
    const mid = [...app].sort((a, b) => a.rps - b.rps)[Math.floor(app.length / 2)];
    const appRps = rpsMedian(app);
    const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
    const cells = [name, appRps.toFixed(0), mid.p50, mid.p99, sum(app, 'errors'), sum(app, 'non2xx'), fixed(appRps / ceiling)];
    cells.push(rpsMedian(results[t].bare).toFixed(0), fixed(ratioMedian(t, 'app')));
    const v = results[t].Varnish;
    cells.push(v ? rpsMedian(v).toFixed(0) : '–', v ? sum(v, 'errors') + sum(v, 'non2xx') : '–', v ? fixed(ratioMedian(t, 'Varnish')) : '–');
    console.log(`| ${cells.join(' | ')} |`);
  }
  const e = exportRow;
  console.log(`| ${EXPORT_TARGET[0]} (one run) | ${e.rps.toFixed(0)} | ${e.p50} | ${e.p99} | ${e.errors} | ${e.non2xx} | ${fixed(e.rps / ceiling)} | – | – | – | – | – |`);
} finally {
  bare?.stop();
  varnish?.stop();
  stop();
}
