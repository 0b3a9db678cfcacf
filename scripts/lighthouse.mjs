// npm run lighthouse — Lighthouse 12.2.3 (mobile emulation, Debian Chromium) on /, /schools and a school page
// of the production build, LIGHTHOUSE_RUNS times per page (default 3); prints the median run's performance /
// accessibility / best practices / SEO, LCP, TBT, CLS and main-thread scripting time (script evaluation plus
// parse and compile, from mainthread-work-breakdown) per page, every run's performance, TBT and scripting, and the
// load average (a busy machine lowers the scores) as Markdown for docs/performance.md.
// LIGHTHOUSE_DATABASE_URL picks the database (default file:./data/app.db). LIGHTHOUSE_BASELINES=1 measures each
// page three ways, run by run in turn: the app, a bare server replaying the app's bytes, and that replay without
// any <script> (scripts/lib/replay.mjs): the real limit for the same bytes, and what the JavaScript costs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureBuild, ensurePrismaClients, run, say } from './lib/setup.mjs';
import { startServer } from './lib/serve.mjs';
import { startReplay } from './lib/replay.mjs';

const databaseUrl = process.env.LIGHTHOUSE_DATABASE_URL ?? 'file:./data/app.db';
const PAGES = [['home', '/'], ['directory', '/schools'], ['school page', '/schools/harvard-md']];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const BASELINES = process.env.LIGHTHOUSE_BASELINES === '1';

ensurePrismaClients();
run('npx', ['tsx', 'scripts/db-prepare.ts'], { DATABASE_URL: databaseUrl });
ensureBuild();
const server = await startServer({ DATABASE_URL: databaseUrl });
const targets = [{ label: '', base: server.base, stop: () => {} }];
if (BASELINES) {
  targets.push({ label: ' — bare replay of the same bytes', ...(await startReplay(server.base)) });
  targets.push({ label: ' — same bytes without scripts', ...(await startReplay(server.base, { stripScripts: true })) });
}
mkdirSync('data/lighthouse', { recursive: true });
const rows = [];
try {
  for (const [pageName, path] of PAGES) {
    const runsOf = new Map(targets.map((t) => [t, []]));
    // Warm the page cache, as a returning visitor would find it; a replay records every asset in one unrecorded run.
    await (await fetch(`${server.base}${path}`)).text();
    for (const target of targets.slice(1)) await lighthouse(`${target.base}${path}`, 'data/lighthouse/warm.json');
    for (let i = 1; i <= RUNS; i++) {
      for (const target of targets) {
        const name = pageName + target.label;
        const runs = runsOf.get(target);
        const out = `data/lighthouse/${name.replace(/\W+/g, '-')}-${i}.json`;
        say(`Lighthouse: ${path}${target.label} (run ${i} of ${RUNS}, load average ${loadavg()[0].toFixed(2)})`);
        await lighthouse(`${target.base}${path}`, out);
        const report = JSON.parse(readFileSync(out, 'utf8'));
        const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
        const audit = (id) => report.audits[id]?.displayValue ?? '';
        // The back/forward-cache audit (issue 17): passes when the page was restored, else the reasons it was not.
        const bf = report.audits['bf-cache'];
        const bfcache = bf?.score === 1 ? 'passes' : `fails: ${(bf?.details?.items ?? []).map((it) => it.reason).join('; ') || bf?.displayValue || 'no result'}`;
        const work = report.audits['mainthread-work-breakdown']?.details?.items ?? [];
        const scriptingMs = Math.round(work.filter((w) => ['scriptEvaluation', 'scriptParseCompile'].includes(w.group)).reduce((sum, w) => sum + w.duration, 0));
        runs.push({ scores: CATEGORIES.map(score), tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0), scriptingMs,
          lcp: audit('largest-contentful-paint'), cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time'), bfcache });
      }
    }
    for (const target of targets) {
      const runs = runsOf.get(target);
      // The median run by performance score (Lighthouse's own advice for noisy machines).
      const sorted = [...runs].sort((a, b) => a.scores[0] - b.scores[0]);
      rows.push({ name: pageName + target.label, path, ...sorted[Math.floor((sorted.length - 1) / 2)], all: runs.map((r) => `${r.scores[0]} / ${r.tbtMs} ms / ${r.scriptingMs} ms`).join(', ') });
    }
  }
} finally {
  for (const target of targets) target.stop();
  server.stop();
}

/** One Lighthouse run (mobile emulation, Debian's Chromium) written as JSON to `out`. */
async function lighthouse(url, out) {
  // Asynchronous on purpose: a blocked event loop would miss the server closing idle keep-alive sockets.
  await promisify(execFile)('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`, '--form-factor=mobile', '--screenEmulation.mobile',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  });
}
console.log(`\nMedian of ${RUNS} runs per page; load average at the end ${loadavg().map((n) => n.toFixed(2)).join(' / ')} (1 / 5 / 15 min).`);
console.log(`\n| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | scripting | back/forward cache | every run (performance / TBT / scripting) |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|`);
for (const r of rows) console.log(`| ${r.name} (${r.path}) | ${r.scores.join(' | ')} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.scriptingMs} ms | ${r.bfcache} | ${r.all} |`);
