// The lowest version of each runtime dependency that carries the fixes we rely on. A unit test
// (tests/unit/dependency-floors.test.ts) fails when package-lock.json resolves anything older, because
// `npm audit` cannot run here (the registry answers its advisory endpoint with 405). docs/security.md lists the
// advisories behind each floor. Raise a floor when a new advisory is published; never lower one.
export type VersionFloor = { name: string; min: string; why: string };

export const PATCHED_VERSIONS: readonly VersionFloor[] = [
  { name: 'next', min: '16.4.6', why: 'middleware/proxy bypass (CVE-2025-29927), RSC remote code execution and denial-of-service fixes, Server Action origin checks' },
  { name: 'react', min: '19.3.1', why: 'React Server Components advisories of 2025–2026 (fixed in patch releases)' },
  { name: 'react-dom', min: '19.3.1', why: 'ships with react; must match it' },
  { name: '@prisma/client', min: '6.19.3', why: 'the version the driver-adapter setup is verified with (DESIGN §6)' },
  { name: 'better-sqlite3', min: '11.9.0', why: 'the SQLite driver @prisma/adapter-better-sqlite3 6.19 is built against (its ^11.9.0); declared so it is ours, not a transitive accident' },
  { name: 'rehype-sanitize', min: '6.0.0', why: 'the Markdown sanitizer the guides rely on against XSS' },
];

/** -1, 0 or 1, comparing dotted numeric versions (a pre-release suffix counts as older than the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}
