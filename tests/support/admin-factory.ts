// Users and sessions for admin tests (integration): a user with a real argon2id hash and, when asked, a session.
import type { Db } from '@/lib/db-client';
import { hashPassword } from '@/lib/auth/password';

export async function createTestUser(db: Db, options: { email: string; role?: string; password?: string; disabled?: boolean }) {
  return db.user.create({
    data: {
      email: options.email,
      role: options.role ?? 'editor',
      name: options.email.split('@')[0],
      passwordHash: await hashPassword(options.password ?? 'correct-horse-battery'),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

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
