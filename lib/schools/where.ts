// SchoolFilter → Prisma where/orderBy. Pure (no database access) so the query module, the exports and the
// tests share exactly one translation of the matching rules in DESIGN §2.
import type { Prisma } from '../generated/sqlite/client';
import type { SchoolFilter, Funds, Coursework } from './filters';

export const FUNDS_ACCEPTED: Record<Funds, string[] | null> = {
  none: ['none'],
  proof: ['none', 'proof_1yr', 'proof_all_years'],
  escrow: null, // most permissive: every school, unknown included
};

export const COURSEWORK_ACCEPTED: Record<Coursework, string[] | null> = {
  none: ['none'],
  preferred: ['none', 'preferred'],
  required: ['none', 'preferred', 'required'],
  degree_required: null,
};

const AID_CONDITION: Record<string, Prisma.SchoolWhereInput> = {
  need: { needBasedAidForInternationals: { in: ['yes', 'limited'] } },
  merit: { meritScholarshipsForInternationals: { in: ['yes', 'limited'] } },
  loan: { institutionalLoansForInternationals: 'yes' },
};

export type FacetName = 'degree' | 'state' | 'ownership' | 'intl' | 'aid' | 'cosigner' | 'funds' | 'coursework' | 'daca' | 'canada';

/** Where clause for a filter; `ids` restricts to the schools a text search matched. */
export function schoolWhere(filter: SchoolFilter, ids: number[] | null, omit?: FacetName): Prisma.SchoolWhereInput {
  const and: Prisma.SchoolWhereInput[] = [{ status: 'published' }];
  if (ids) and.push({ id: { in: ids } });
  if (omit !== 'degree' && filter.degree.length) and.push({ degree: { in: filter.degree.map((d) => d.toUpperCase()) } });
  if (omit !== 'state' && filter.state.length) and.push({ state: { in: filter.state.map((s) => s.toUpperCase()) } });
  if (omit !== 'ownership' && filter.ownership.length) and.push({ ownership: { in: filter.ownership } });
  if (omit !== 'intl' && filter.intl.length) and.push({ acceptsInternational: { in: filter.intl } });
  if (omit !== 'aid') for (const aid of filter.aid) and.push(AID_CONDITION[aid]);
  if (omit !== 'cosigner' && filter.cosigner) and.push({ cosignerLoansAccepted: 'yes' });
  if (omit !== 'funds' && filter.funds) {
    const accepted = FUNDS_ACCEPTED[filter.funds];
    if (accepted) and.push({ escrowOrProofOfFunds: { in: accepted } });
  }
  if (omit !== 'coursework' && filter.coursework) {
    const accepted = COURSEWORK_ACCEPTED[filter.coursework];
    if (accepted) and.push({ usCourseworkRequired: { in: accepted } });
  }
  if (omit !== 'daca' && filter.daca) and.push({ dacaAccepted: 'yes' });
  if (omit !== 'canada' && filter.canada) and.push({ canadiansTreatedAs: 'domestic' });
  if (filter.tuitionMax !== null) and.push({ tuitionUsdPerYear: { not: null, lte: filter.tuitionMax } });
  return { AND: and };
}

export function schoolOrderBy(sort: SchoolFilter['sort']): Prisma.SchoolOrderByWithRelationInput[] {
  const tieBreak: Prisma.SchoolOrderByWithRelationInput[] = [{ name: 'asc' }, { slug: 'asc' }];
  switch (sort) {
    case 'tuition':
      return [{ tuitionUsdPerYear: { sort: 'asc', nulls: 'last' } }, ...tieBreak];
    case '-tuition':
      return [{ tuitionUsdPerYear: { sort: 'desc', nulls: 'last' } }, ...tieBreak];
    case 'verified':
      return [{ lastVerifiedAt: { sort: 'desc', nulls: 'last' } }, ...tieBreak];
    default:
      return tieBreak;
  }
}
