// A school as the admin form submits it, read back from the database (users and rows: lib/factories).
import type { Db } from '@/lib/db-client';

/** A school row as the admin form submits it (CSV column names), from an existing school. */
export async function schoolFormFor(db: Db, slug: string): Promise<Record<string, string>> {
  const s = await db.school.findUniqueOrThrow({ where: { slug }, include: { sources: { orderBy: { position: 'asc' } } } });
  return {
    slug: s.slug,
    name: s.name,
    status: s.status,
    degree: s.degree,
    city: s.city,
    state: s.state,
    ownership: s.ownership,
    accepts_international: s.acceptsInternational,
    us_coursework_required: s.usCourseworkRequired,
    escrow_or_proof_of_funds: s.escrowOrProofOfFunds,
    need_based_aid_for_internationals: s.needBasedAidForInternationals,
    merit_scholarships_for_internationals: s.meritScholarshipsForInternationals,
    institutional_loans_for_internationals: s.institutionalLoansForInternationals,
    cosigner_loans_accepted: s.cosignerLoansAccepted,
    daca_accepted: s.dacaAccepted,
    canadians_treated_as: s.canadiansTreatedAs,
    tuition_usd_per_year: s.tuitionUsdPerYear === null ? '' : String(s.tuitionUsdPerYear),
    tuition_year: s.tuitionYear ?? '',
    website_url: s.websiteUrl ?? '',
    international_policy_url: s.internationalPolicyUrl ?? '',
    notes_short: s.notesShort,
    aliases: s.aliases,
    source_urls: s.sources.map((x) => x.url).join('\n'),
    as_of: s.asOf,
  };
}
