// Every dashboard page checks the role itself, and every admin server action goes through action() or
// authorize(): a static guard so a new page or action cannot forget it (the layout is never the only check).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, name);
    return entry === name ? [full] : [];
  });
}

const DASHBOARD = 'app/admin/(dashboard)';

describe('admin guards', () => {
  it('every dashboard page calls requireRole', () => {
    const pages = files(DASHBOARD, 'page.tsx');
    expect(pages.length).toBeGreaterThan(15);
    const missing = pages.filter((file) => !/await requireRole\('(editor|admin)'\)/.test(readFileSync(file, 'utf8')));
    expect(missing).toEqual([]);
  });

  it('every exported admin server action is wrapped in action() or calls authorize()', () => {
    const offenders: string[] = [];
    for (const file of files(DASHBOARD, 'actions.ts')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/export (const|async function) (\w+)/g)) {
        const name = match[2];
        const wrapped = new RegExp(`export const ${name} = action\\(`).test(source);
        const body = source.slice(match.index);
        const delegates = /formData\.get\('intent'\) === 'preview' \? preview\(null, formData\) : (create|update)\(previous, formData\)/.test(body.slice(0, 300));
        const authorizes = /await authorize\('(editor|admin)'\)/.test(body.slice(0, 600));
        if (!wrapped && !delegates && !authorizes) offenders.push(`${file}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
