// The xlsx export read by an independent reader (Python's zipfile + ElementTree, not exceljs): three sheets,
// one row per school the API reports, a frozen header with an autofilter, and real hyperlinks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('the xlsx opens in an independent reader with four sheets, all rows and working hyperlinks', async ({ request }) => {
  const query = 'intl=yes,limited&aid=need';
  const api = await (await request.get(`/api/v1/schools?${query}&per_page=100`)).json();
  const response = await request.get(`/schools/export.xlsx?${query}`);
  expect(response.status()).toBe(200);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-xlsx-'));
  try {
    const file = path.join(dir, 'export.xlsx');
    writeFileSync(file, await response.body());
    const report = JSON.parse(execFileSync('python3', ['tests/support/xlsx_inspect.py', file], { encoding: 'utf8' }));
    expect(report.sheets).toEqual(['Schools', 'Evidence', 'Lenders', 'About']);
    expect(report.dataRows).toBe(api.total);
    expect(report.frozen).toBe(true);
    expect(report.autoFilter).toBe(true);
    const websites = api.results.map((s: { websiteUrl: string | null }) => s.websiteUrl).filter(Boolean);
    expect(websites.length).toBeGreaterThan(0);
    for (const url of websites) expect(report.links).toContain(url);
    for (const link of report.links) expect(link).toMatch(/^https?:\/\//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
