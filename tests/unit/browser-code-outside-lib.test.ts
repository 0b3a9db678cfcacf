// lib/ is server-side domain code (STYLE.md: "browser-only code outside the server-only lib/"): no client
// component and nothing that touches browser storage or window events lives there. The browser store of the
// no-account tools is components/tools/store.ts (decision 074).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BROWSER_ONLY = /^\s*['"]use client['"]|\b(?:localStorage|sessionStorage)\b|\bwindow\.(?:addEventListener|removeEventListener|dispatchEvent)\b/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('lib/ holds no browser-only code', () => {
  it('no file in lib/ is a client module or uses browser storage', () => {
    const offenders = sourceFiles('lib').filter((file) => BROWSER_ONLY.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check recognises browser code (so an empty result means something)', () => {
    expect(BROWSER_ONLY.test(readFileSync('components/tools/store.ts', 'utf8'))).toBe(true);
    expect(BROWSER_ONLY.test(readFileSync('components/tools/ToolsIsland.tsx', 'utf8'))).toBe(true);
  });
});
