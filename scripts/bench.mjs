// npm run bench — measures the production build under load, all pages in ONE run so ratios are comparable on
// this shared, noisy machine. Starts `next start` on a free port (its own process) and drives it with
// autocannon from this process. Prints req/s, p50/p99 latency, errors, and throughput relative to a
// prerendered static page (the practical ceiling).
//   BENCH_DATABASE_URL  database to serve (default file:./data/app.db; e.g. the db:scale database)
//   BENCH_SECONDS       seconds per target (default 10)   BENCH_CONNECTIONS (default 16)
//   BENCH_WORD          the word of the one-client latency probe /schools?q=<word>&aid=need&state=ny (default riverside)
// The one-client probes: the same search repeated (served from the page cache after its first request), then
// 60 different searches, each asked once (never cached: what the first visitor to ask a question waits).
import autocannon from 'autocannon';
import { startServer } from './lib/serve.mjs';
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
  // With a full stop, so not in its plainest form: rendered per request (lib/cache/schools-key.ts).
  [`/schools?q=${word}.&aid=need&state=ny (per request: not plain)`, `/schools?q=${encodeURIComponent(`${word}.`)}&aid=need&state=ny`],
  ['school page', '/schools/harvard-md'],
  ['/api/v1/schools', '/api/v1/schools?aid=need'],
];
// Measured last, after the one-client probes: 16 concurrent exports leave work queued after the load stops.
const EXPORT_TARGET = ['xlsx export', '/schools/export.xlsx?intl=yes,limited'];

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
const { base, stop } = await startServer({ DATABASE_URL: databaseUrl });
say(`Serving the production build on ${base} against ${databaseUrl}`);
try {
  const rows = [];
  const load = async ([name, path]) => {
    await fetch(`${base}${path}`).catch(() => null); // warm the route once
    say(`${name}: ${seconds}s × ${connections} connections`);
    const r = await measure(`${base}${path}`);
    rows.push({ name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
  };
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
  await load(EXPORT_TARGET);
  const ceiling = rows[0].rps || 1;
  console.log(`\n| target | req/s | p50 ms | p99 ms | errors | non-2xx | × static |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / ceiling).toFixed(2)} |`);
  }
} finally {
  stop();
}
