// Fails when package-lock.json (or what is installed) resolves a runtime dependency older than the patched
// version recorded in lib/security/patched-versions.ts — the offline stand-in for `npm audit`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, PATCHED_VERSIONS } from '@/lib/security/patched-versions';

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

describe('compareVersions', () => {
  it('orders dotted versions numerically, pre-releases before releases', () => {
    expect(compareVersions('16.4.6', '16.4.6')).toBe(0);
    expect(compareVersions('16.4.5', '16.4.6')).toBe(-1);
    expect(compareVersions('16.10.0', '16.4.6')).toBe(1);
    expect(compareVersions('15.5.9', '16.4.6')).toBe(-1);
    expect(compareVersions('19.3.1-canary.1', '19.3.1')).toBe(-1);
    expect(compareVersions('20.0.0', '19.3.1')).toBe(1);
  });
});

describe.each(PATCHED_VERSIONS)('$name ≥ $min', ({ name, min }) => {
  it('is a runtime dependency and the lock file resolves a patched version', () => {
    expect(pkg.dependencies[name], `${name} is not in dependencies`).toBeDefined();
    const locked = lock.packages[`node_modules/${name}`];
    expect(locked?.version, `${name} missing from package-lock.json`).toBeDefined();
    expect(locked.dev ?? false).toBe(false);
    expect(compareVersions(locked.version!, min), `${name} ${locked.version} is older than ${min}`).toBeGreaterThanOrEqual(0);
  });
  it('is what node_modules actually holds', () => {
    const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string };
    expect(compareVersions(installed.version, min), `installed ${name} ${installed.version} is older than ${min}`).toBeGreaterThanOrEqual(0);
  });
});

it('no nested copy of next, react or react-dom hides below the floor', () => {
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.split('node_modules/').pop()!;
    const floor = PATCHED_VERSIONS.find((f) => f.name === name);
    if (floor && entry.version && !entry.dev) expect(compareVersions(entry.version, floor.min), path).toBeGreaterThanOrEqual(0);
  }
});
