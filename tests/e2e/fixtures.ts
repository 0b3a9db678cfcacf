// Shared e2e helpers: the seed data read straight from the CSV (an oracle independent of the app) and axe.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export function seedSchools(): Record<string, string>[] {
  return readSeedCsv('schools.csv');
}

/** Rows of a seed CSV (prisma/seed-data/<name>) as header → value records. */
export function readSeedCsv(name: string): Record<string, string>[] {
  const text = readFileSync(`prisma/seed-data/${name}`, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The schools /schools lists without an intl filter: those that accept international applicants (yes, limited). */
export function listedSchools(): Record<string, string>[] {
  return seedSchools().filter((s) => s.accepts_international === 'yes' || s.accepts_international === 'limited');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

/** The throwaway e2e database file scripts/test.mjs creates; specs that need it fail loudly without it. */
export function requireE2eDbFile(): string {
  const file = process.env.E2E_DB_FILE;
  if (!file) throw new Error('E2E_DB_FILE is not set: run the e2e specs through `npm test` (or `node scripts/test.mjs e2e`)');
  return file;
}

/** The card links of a paged directory (`/schools`, `/programs`), every page of `total` listings read in turn. */
export async function listedHrefs(page: Page, path: string, total: number): Promise<string[]> {
  const seen = new Set<string>();
  for (let p = 1; p <= Math.ceil(total / 20); p++) {
    await page.goto(`${path}${p > 1 ? `?page=${p}` : ''}`);
    for (const link of await page.getByTestId('results').locator('h3 a').all()) {
      seen.add((await link.getAttribute('href')) ?? '');
    }
  }
  return [...seen].sort();
}
