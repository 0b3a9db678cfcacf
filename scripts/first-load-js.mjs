// node scripts/first-load-js.mjs — first-load JavaScript per app route of the current build (.next), gzip:
// the chunks every page loads (build-manifest rootMainFiles; polyfills are nomodule, not counted) plus the
// chunks of the route's client components from its client-reference manifest. Next 16's build output no longer prints this.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const NEXT = '.next';
const build = JSON.parse(readFileSync(path.join(NEXT, 'build-manifest.json'), 'utf8'));
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(NEXT, file))).length);
  return gz.get(file);
};
const shared = [...new Set(build.rootMainFiles ?? [])].filter((f) => f.endsWith('.js'));
const sharedBytes = shared.reduce((n, f) => n + size(f), 0);

function manifests(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...manifests(full));
    else if (entry === 'page_client-reference-manifest.js') out.push(full);
  }
  return out;
}

const rows = [];
for (const file of manifests(path.join(NEXT, 'server', 'app'))) {
  const route = '/' + path.relative(path.join(NEXT, 'server', 'app'), path.dirname(file)).split(path.sep).join('/');
  const context = { globalThis: {} };
  vm.runInNewContext(readFileSync(file, 'utf8'), context);
  const manifest = Object.values(context.globalThis.__RSC_MANIFEST)[0];
  const chunks = new Set();
  // Every client module of the route's tree lists the chunks that load it as [id, file, id, file, …].
  for (const mod of Object.values(manifest.clientModules ?? {})) for (const c of mod.chunks ?? []) if (c.endsWith('.js')) chunks.add(c);
  const own = [...chunks].filter((c) => c.endsWith('.js') && !shared.includes(c) && existsSync(path.join(NEXT, c)));
  rows.push({ route: route.replace(/\/page$/, '') || '/', kb: (sharedBytes + own.reduce((n, f) => n + size(f), 0)) / 1024 });
}
rows.sort((a, b) => a.route.localeCompare(b.route));
console.log(`shared by all: ${(sharedBytes / 1024).toFixed(1)} KB gzip (${shared.length} files)\n`);
console.log('| route | first-load JS (KB gzip) |\n|---|---:|');
for (const r of rows) if (!r.route.startsWith('/admin') || process.argv.includes('--all')) console.log(`| ${r.route.replace('/(site)', '') || '/'} | ${r.kb.toFixed(1)} |`);
