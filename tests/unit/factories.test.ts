// The shared factories (lib/factories) build rows the app accepts, each with its own slug, with the derived
// columns computed from the overridden fields, by the same code the seed uses.
import { describe, expect, it } from 'vitest';
import { buildArticle, buildEvent, buildLender, buildProgram, buildSchool, buildSession, schoolFields } from '@/lib/factories';
import * as seed from '@/lib/seed/seed';
import { normalizeText } from '@/lib/search/normalize';

describe('factories', () => {
  it('give every row a unique slug unless one is asked for', () => {
    for (const build of [buildSchool, buildLender, buildProgram, buildEvent]) {
      expect(build().slug).not.toBe(build().slug);
    }
    expect(buildArticle().slug).not.toBe(buildArticle().slug);
    expect(buildSchool({ slug: 'quokka-md' }).slug).toBe('quokka-md');
  });

  it('derive the search text and reader summary from the overridden fields', () => {
    const school = buildSchool({ name: 'Quokka Institute of Medicine', acceptsInternational: 'limited' });
    expect(school.searchText).toContain(normalizeText('Quokka Institute of Medicine'));
    expect(school.readerSummary).not.toBe(buildSchool().readerSummary);
    expect(buildProgram({ provider: 'Wombat Health' }).searchText).toContain('wombat health');
  });

  it('build published events and articles, and sessions an hour from expiry', () => {
    expect(buildEvent()).toMatchObject({ status: 'published', kind: 'event', startsAt: expect.any(Date) });
    expect(buildArticle().fields).toMatchObject({ status: 'published', tags: 'loans', lastReviewedAt: new Date('2026-01-15T00:00:00Z') });
    const session = buildSession(7);
    expect(session.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(3600_000);
  });

  it('are the row builders the seed uses', () => {
    expect(seed.schoolFields).toBe(schoolFields);
  });
});
