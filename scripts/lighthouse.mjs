// npm run lighthouse — Lighthouse 12.2.3 (mobile emulation, Debian Chromium) on /, /schools and a school page
// of the production build; prints performance / accessibility / best practices / SEO per page as a Markdown
// table for docs/performance.md. LIGHTHOUSE_DATABASE_URL picks the database (default file:./data/app.db).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureBuild, ensurePrismaClients, run, say } from './lib/setup.mjs';
import { startServer } from './lib/serve.mjs';

const databaseUrl = process.env.LIGHTHOUSE_DATABASE_URL ?? 'file:./data/app.db';
const PAGES = [['home', '/'], ['directory', '/schools'], ['school page', '/schools/harvard-md']];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

ensurePrismaClients();
run('npx', ['tsx', 'scripts/db-prepare.ts'], { DATABASE_URL: databaseUrl });
ensureBuild();
const server = await startServer({ DATABASE_URL: databaseUrl });
mkdirSync('data/lighthouse', { recursive: true });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    await (await fetch(`${server.base}${path}`)).text(); // warm (and fill the page cache), as a returning visitor would find it
    const out = `data/lighthouse/${name.replace(/\W+/g, '-')}.json`;
    say(`Lighthouse: ${path}`);
    // Asynchronous on purpose: a blocked event loop would miss the server closing idle keep-alive sockets.
    await promisify(execFile)('npx', ['lighthouse', `${server.base}${path}`, '--quiet', '--output=json', `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`, '--form-factor=mobile', '--screenEmulation.mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const audit = (id) => report.audits[id]?.displayValue ?? '';
    // The back/forward-cache audit (issue 17): 1 when the page was restored, else the reasons it was not.
    const bf = report.audits['bf-cache'];
    const bfcache = bf?.score === 1 ? 'passes' : `fails: ${(bf?.details?.items ?? []).map((i) => i.reason).join('; ') || bf?.displayValue || 'no result'}`;
    rows.push({ name, path, scores: CATEGORIES.map(score), lcp: audit('largest-contentful-paint'), cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time'), bfcache });
  }
} finally {
  server.stop();
}
console.log(`\n| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | back/forward cache |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---|`);
for (const r of rows) console.log(`| ${r.name} (${r.path}) | ${r.scores.join(' | ')} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bfcache} |`);
