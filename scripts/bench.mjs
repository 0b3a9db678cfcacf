// npm run bench — measures the production build under load, all pages in ONE run so ratios are comparable on
// this shared, noisy machine. Starts `next start` on a free port (its own process) and drives it with
// autocannon from this process. Prints req/s, p50/p99 latency, errors, and throughput relative to a
// prerendered static page (the practical ceiling).
//   BENCH_DATABASE_URL  database to serve (default file:./data/app.db; e.g. the db:scale database)
//   BENCH_SECONDS       seconds per target (default 10)   BENCH_CONNECTIONS (default 16)
//   BENCH_WORD          the word of the one-client latency probe /schools?q=<word>&aid=need&state=ny (default riverside)
// The one-client probes: the same search repeated (served from the page cache after its first request), then
// 60 different searches, each asked once (never cached: what the first visitor to ask a question waits).
// Then the same targets against two more servers (issue 17): a bare Node server sending the exact bytes the app
// sent for each (the limit: what this machine can send at all), and Varnish with deploy/varnish/default.vcl in
// front of the app, when varnishd is installed. Ratios to the bare server are in the last columns.
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
  // Five words: beyond the cache's bounds, rendered per request (lib/cache/schools-key.ts).
  [`/schools?q=${word} college of medicine east (per request: 5 words)`, `/schools?q=${encodeURIComponent(`${word} college of medicine east`)}&aid=need&state=ny`],
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
const { base, port: appPort, stop } = await startServer({ DATABASE_URL: databaseUrl });
say(`Serving the production build on ${base} against ${databaseUrl}`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');
const loadAtStart = loadAverage();
try {
  const rows = [];
  const measureRow = async (server, name, path) => {
    await fetch(`${server}${path}`).catch(() => null); // warm the route once
    await fetch(`${server}${path}`).catch(() => null); // (a front cache stores on the first answer)
    say(`${name}: ${seconds}s × ${connections} connections`);
    const r = await measure(`${server}${path}`);
    return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
  };
  const load = async ([name, path]) => rows.push(await measureRow(base, name, path));
  for (const target of TARGETS) await load(target);
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
  // The limit: the exact bytes of each target from a server that does nothing else.
  const pages = new Map();
  for (const [, p] of TARGETS) pages.set(p, await exactBytes(`${base}${p}`));
  const bare = await startBareServer(pages);
  const bareRows = [];
  try {
    for (const [name, p] of TARGETS) bareRows.push(await measureRow(bare.base, `bare bytes: ${name}`, p));
  } finally {
    bare.stop();
  }
  // Through the shipped front cache, when varnishd is installed.
  const varnish = await startVarnish(appPort, ['http_gzip_support=off']);
  const varnishRows = [];
  if (varnish) {
    try {
      for (const [name, p] of TARGETS) varnishRows.push(await measureRow(varnish.base, `Varnish: ${name}`, p));
    } finally {
      varnish.stop();
    }
  } else {
    say('varnishd is not installed (apt-get install varnish varnish-modules): no Varnish rows');
  }
  await load(EXPORT_TARGET);
  const ceiling = rows[0].rps || 1;
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
  console.log(`\nLoad average (1/5/15 min) at start ${loadAtStart}, at end ${loadAverage()}; ${os.cpus().length} CPUs.`);
  console.log(`Bare bytes = a Node server sending the same bytes; Varnish = deploy/varnish/default.vcl in front of the app.`);
  console.log(`\n| target | req/s | p50 ms | p99 ms | errors | non-2xx | × static | bare req/s | × bare | Varnish req/s | Varnish errors | Varnish × bare |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const [i, r] of rows.entries()) {
    const b = bareRows[i];
    const v = varnishRows[i];
    const cells = [r.name, r.rps.toFixed(0), r.p50, r.p99, r.errors, r.non2xx, ratio(r.rps, ceiling)];
    cells.push(b ? b.rps.toFixed(0) : '–', b ? ratio(r.rps, b.rps) : '–');
    cells.push(v ? v.rps.toFixed(0) : '–', v ? v.errors + v.non2xx : '–', v && b ? ratio(v.rps, b.rps) : '–');
    console.log(`| ${cells.join(' | ')} |`);
  }
} finally {
  stop();
}
