// A lender or a program as its admin form submits it (CSV column names), read back from the database; the
// school's is in school-form.ts.
import type { Db } from '@/lib/db-client';

const withSources = { include: { sources: { orderBy: { position: 'asc' as const } } } };
const sourcesOf = (row: { sources: { url: string }[] }) => row.sources.map((s) => s.url).join('\n');

export async function lenderFormFor(db: Db, slug: string): Promise<Record<string, string>> {
  const l = await db.lender.findUniqueOrThrow({ where: { slug }, ...withSources });
  return {
    slug: l.slug, name: l.name, status: l.status, website_url: l.websiteUrl ?? '', requires_us_cosigner: l.requiresUsCosigner,
    eligible_schools: l.eligibleSchools, covers_medical_school: l.coversMedicalSchool, max_amount_note: l.maxAmountNote,
    interest_note: l.interestNote, notes_short: l.notesShort, source_urls: sourcesOf(l), as_of: l.asOf,
  };
}

export async function programFormFor(db: Db, slug: string): Promise<Record<string, string>> {
  const p = await db.program.findUniqueOrThrow({ where: { slug }, ...withSources });
  return {
    slug: p.slug, name: p.name, status: p.status, provider: p.provider, country: p.country, region: p.region ?? '', kind: p.kind,
    format: p.format, cost_note: p.costNote ?? '', duration_note: p.durationNote ?? '', eligibility_note: p.eligibilityNote,
    website_url: p.websiteUrl, notes_short: p.notesShort, source_urls: sourcesOf(p), as_of: p.asOf,
  };
}
