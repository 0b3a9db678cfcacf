// npm run audit — runs `npm audit --omit=dev` where the registry supports it. Here the registry answers the
// advisory endpoint with HTTP 405, so the script says so plainly and points at the offline check instead
// (tests/unit/dependency-floors.test.ts against lib/security/patched-versions.ts). Exit codes: 0 clean,
// 1 vulnerabilities found, 2 audit unavailable.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
let report = null;
try {
  report = JSON.parse(result.stdout);
} catch {
  // not JSON: an error from npm itself
}

if (report?.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  const total = Object.values(v).reduce((a, b) => a + b, 0);
  console.log(`npm audit: ${total} vulnerabilities (critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}).`);
  if (total > 0) spawnSync('npm', ['audit', '--omit=dev'], { stdio: 'inherit' });
  process.exit(total > 0 ? 1 : 0);
}

const is405 = /\b405\b/.test(output) || /method not allowed/i.test(output);
console.log(
  is405
    ? 'npm audit is NOT available here: the configured registry answers the advisory endpoint with HTTP 405 (Method Not Allowed).'
    : 'npm audit could not run (no advisory report came back).',
);
console.log(output.trim().split('\n').filter(Boolean).slice(0, 6).map((l) => `  | ${l}`).join('\n'));
console.log('Instead, `npx vitest run tests/unit/dependency-floors.test.ts` checks the lock file against the patched versions');
console.log('recorded in lib/security/patched-versions.ts (see docs/security.md for the advisories behind them).');
process.exit(2);
