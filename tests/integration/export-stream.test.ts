// Streamed exports (rows read in batches from an ordered id list) hold exactly the rows of the one query
// module, in the same order, across several batches, on both databases.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { buildSchool } from '@/lib/factories';

type Queries = typeof import('@/lib/schools/queries');

describe.each(PROVIDERS)('streamed export on %s', (provider) => {
  const { database, load, queries } = useTestDatabase(provider, { load: () => import('@/lib/export/load'), queries: () => import('@/lib/schools/queries') });

  beforeAll(async () => {
    const data = Array.from({ length: 1500 }, (_, i) =>
      buildSchool({ slug: `okapi-${i}`, name: `Okapi Medical College ${i}`, asOf: `2020-0${(i % 9) + 1}`, tuitionUsdPerYear: i % 7 ? 30_000 + i : null }),
    );
    await database.db.school.createMany({ data });
  });

  it.each(['', 'sort=tuition', 'q=okapi&sort=-tuition', 'q=harvrd', 'state=ma&aid=need'])('"%s": same rows, same order, in batches', async (query) => {
    const { parseExportQuery } = await import('@/lib/export/request');
    const request = parseExportQuery(new URLSearchParams(query));
    const stream = await load.streamSchoolsExport(request);
    const batches: string[][] = [];
    for await (const batch of stream.batches()) batches.push(batch.map((s) => s.slug));
    const expected = await queries.searchSchools({ ...(request.selection as { filter: Parameters<Queries['searchSchools']>[0] }).filter, page: 1 }, { perPage: null });
    expect(batches.flat()).toEqual(expected.results.map((s) => s.slug));
    expect(stream.total).toBe(expected.total);
    if (expected.total > 1000) expect(batches.length).toBeGreaterThan(1);
    const whole = load.exportAsStream({ ...stream, schools: expected.results });
    expect(stream.asOfRange).toBe(whole.asOfRange);
    expect(stream.sourceCount).toBe(whole.sourceCount);
  });
});
