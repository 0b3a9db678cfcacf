// npm run size — the JavaScript a browser downloads to load each public page, measured from the served HTML
// rather than from build manifests (whose layout differs between Turbopack and webpack builds): serves the
// current build (building first if sources changed) on a free port against the seed database, reads each
// page's <script src> tags (nomodule polyfills excluded: modern browsers skip them), and sums each file's gzip
// size (zlib's default level, as the server compresses). Next 16's build output no longer prints this.
//   SIZE_BUDGET_KB  budget for /schools (default 120); the run exits 1 when /schools is over it and --check is given.
import { gzipSync } from 'node:zlib';
import { startServer } from './lib/serve.mjs';
import { ensureBuild, ensureDependencies, ensurePrismaClients, run, say } from './lib/setup.mjs';

const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 120);
const PAGES = ['/', '/schools', '/schools/harvard-md', '/schools/map', '/compare', '/shortlist', '/lenders', '/programs', '/guides', '/numbers'];

/** The module scripts a page's HTML makes the browser load (src values, in document order, deduplicated). */
function scriptSources(html) {
  const out = new Set();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = tag.match(/\bsrc="([^"]+)"/);
    if (src) out.add(src[1].replace(/&amp;/g, '&'));
  }
  return [...out];
}

ensureDependencies();
ensurePrismaClients();
run('npx', ['tsx', 'scripts/db-prepare.ts']);
ensureBuild();
const { base, stop } = await startServer();
let overBudget = false;
try {
  const gz = new Map();
  const sizeOf = async (src) => {
    if (!gz.has(src)) gz.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
    return gz.get(src);
  };
  const rows = [];
  for (const page of PAGES) {
    const response = await fetch(`${base}${page}`);
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    const sources = scriptSources(await response.text());
    let bytes = 0;
    for (const src of sources) bytes += await sizeOf(src);
    rows.push({ page, sources, kb: bytes / 1024 });
  }
  const shared = rows.map((r) => r.sources).reduce((a, b) => a.filter((s) => b.includes(s)));
  let sharedBytes = 0;
  for (const src of shared) sharedBytes += await sizeOf(src);
  console.log(`\nShared by every page measured: ${(sharedBytes / 1024).toFixed(1)} KB gzip in ${shared.length} files`);
  for (const src of shared) console.log(`  ${((await sizeOf(src)) / 1024).toFixed(1).padStart(6)} KB  ${src}`);
  console.log('\n| page | scripts | first-load JS (KB gzip) |\n|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.page} | ${r.sources.length} | ${r.kb.toFixed(1)} |`);
  const schools = rows.find((r) => r.page === '/schools');
  overBudget = schools.kb > budgetKb;
  say(`/schools: ${schools.kb.toFixed(1)} KB against a budget of ${budgetKb} KB${overBudget ? ' (over)' : ''}`);
} finally {
  stop();
}
if (overBudget && process.argv.includes('--check')) process.exit(1);
