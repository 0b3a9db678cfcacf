// Interrupted multi-row writes leave nothing half-done, on both databases. A database trigger makes one
// statement inside the write fail (the audit insert of a school save; a source insert during a seed/import
// update), and the test checks that every other row the write had already touched is back as it was.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS, type Provider, type TestDatabase } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { createUser } from '@/lib/factories';
import { schoolFormFor } from '../support/school-form';

/** A trigger that aborts any INSERT into `table` whose `column` contains `marker`. */
async function failInsertsWhere(database: TestDatabase, provider: Provider, table: string, column: string, marker: string) {
  const name = `fail_${table.toLowerCase()}_${column.toLowerCase()}`;
  if (provider === 'sqlite') {
    await database.db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" WHEN NEW."${column}" LIKE '%${marker}%' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
    );
    return async () => void (await database.db.$executeRawUnsafe(`DROP TRIGGER ${name}`));
  }
  await database.db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF NEW."${column}" LIKE '%${marker}%' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await database.db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return async () => {
    await database.db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
    await database.db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  };
}

async function schoolState(database: TestDatabase, slug: string) {
  const school = await database.db.school.findUniqueOrThrow({ where: { slug }, include: { sources: { orderBy: { position: 'asc' } } } });
  const audits = await database.db.auditLog.count({ where: { entityType: 'school', entityId: school.id } });
  const { sources, ...row } = school;
  return { row, sources: sources.map((s) => ({ url: s.url, title: s.title, position: s.position })), audits };
}

describe.each(PROVIDERS)('interrupted writes on %s', (provider) => {
  const { database, mutations, seed, form } = useTestDatabase(provider, {
    mutations: () => import('@/lib/schools/mutations'), seed: () => import('@/lib/seed/seed'), form: () => import('@/lib/validation/school-form'),
  });
  const parse = (values: Record<string, string>) => form.schoolFormSchema.parse(values);
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), `imgp-partial-${provider}-`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a school save whose audit insert fails changes neither the school, its sources nor its version', async () => {
    const editor = await createUser(database.db, { email: 'partial@example.test', role: 'editor' });
    const slug = 'tufts-md';
    const before = await schoolState(database, slug);
    const form = await schoolFormFor(database.db, slug);
    const input = parse({ ...form, name: `${form.name} (renamed)`, notes_short: 'changed notes', source_urls: 'https://example.org/only-source' });
    const restore = await failInsertsWhere(database, provider, 'AuditLog', 'action', 'school.update');
    try {
      await expect(mutations.updateSchool(editor, before.row.id, before.row.version, input)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await schoolState(database, slug)).toEqual(before);
    // The same save succeeds once the fault is gone, and then every part of it lands together.
    const ok = await mutations.updateSchool(editor, before.row.id, before.row.version, input);
    expect(ok.ok).toBe(true);
    const after = await schoolState(database, slug);
    expect(after.row.name).toBe(`${form.name} (renamed)`);
    expect(after.row.version).toBe(before.row.version + 1);
    expect(after.sources.map((s) => s.url)).toEqual(['https://example.org/only-source']);
    expect(after.audits).toBe(before.audits + 1);
  });

  it('a seed/import update whose source insert fails keeps the old row and old sources', async () => {
    cpSync('prisma/seed-data', dir, { recursive: true });
    const csv = readFileSync(path.join(dir, 'schools.csv'), 'utf8').split('\n');
    const line = csv.findIndex((l) => l.startsWith('harvard-md,'));
    expect(line).toBeGreaterThan(0);
    // Change the notes and put a poisoned source URL in the row (URLs are the last-but-one column).
    const cells = csv[line].split(',');
    const asOf = cells.pop()!;
    csv[line] = [...cells, `https://example.org/forced-failure`, asOf].join(',').replace(/,https:\/\/[^,]*,https:\/\/example\.org\/forced-failure,/, ',https://example.org/forced-failure,');
    writeFileSync(path.join(dir, 'schools.csv'), csv.join('\n'));
    const before = await schoolState(database, 'harvard-md');
    const restore = await failInsertsWhere(database, provider, 'Source', 'url', 'forced-failure');
    try {
      await expect(seed.seedDatabase(database.db, dir)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await schoolState(database, 'harvard-md')).toEqual(before);
    // Re-running the (idempotent) import once the fault is gone applies the row whole.
    await seed.seedDatabase(database.db, dir);
    const after = await schoolState(database, 'harvard-md');
    expect(after.sources.map((s) => s.url)).toContain('https://example.org/forced-failure');
    expect(after.row.version).toBe(before.row.version + 1);
  });
});
