// SchoolFilter → Prisma where/orderBy. Pure (no database access) so the query module, the exports and the
// tests share exactly one translation of the matching rules in DESIGN §2.
import type { Prisma } from '../generated/sqlite/client';
import { effectiveIntl, type SchoolFilter, type Funds, type Coursework } from './filters';
import { evidenceFieldForColumn, type PolicyColumn } from '../evidence/fields';

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

const AID_CONDITION: Record<string, [PolicyColumn, Prisma.StringFilter | string]> = {
  need: ['needBasedAidForInternationals', { in: ['yes', 'limited'] }],
  merit: ['meritScholarshipsForInternationals', { in: ['yes', 'limited'] }],
  loan: ['institutionalLoansForInternationals', 'yes'],
};

/**
 * The column a filter reads for a policy field: the editors' value, or with `source=school` its twin that
 * holds the value only when a school or official page supports it (lib/evidence/confirmed.ts).
 */
export function policyColumn(filter: Pick<SchoolFilter, 'source'>, column: PolicyColumn): string {
  return filter.source === 'school' ? evidenceFieldForColumn(column)!.confirmed : column;
}

export type FacetName = 'degree' | 'state' | 'ownership' | 'intl' | 'aid' | 'cosigner' | 'funds' | 'coursework' | 'daca' | 'canada';

/** One condition of a filter and the facet it belongs to (null: the tuition cap, which is never left out). */
export type FacetCondition = { facet: FacetName | null; where: Prisma.SchoolWhereInput };

/** The conditions a filter sets, besides "published". */
export function facetConditions(filter: SchoolFilter): FacetCondition[] {
  const out: FacetCondition[] = [];
  const add = (facet: FacetName | null, where: Prisma.SchoolWhereInput) => out.push({ facet, where });
  const on = (column: PolicyColumn, condition: unknown) => ({ [policyColumn(filter, column)]: condition }) as Prisma.SchoolWhereInput;
  if (filter.degree.length) add('degree', { degree: { in: filter.degree.map((d) => d.toUpperCase()) } });
  if (filter.state.length) add('state', { state: { in: filter.state.map((s) => s.toUpperCase()) } });
  if (filter.ownership.length) add('ownership', { ownership: { in: filter.ownership } });
  add('intl', on('acceptsInternational', { in: [...effectiveIntl(filter)] }));
  for (const aid of filter.aid) add('aid', on(...AID_CONDITION[aid]));
  if (filter.cosigner) add('cosigner', on('cosignerLoansAccepted', 'yes'));
  const funds = filter.funds && FUNDS_ACCEPTED[filter.funds];
  if (funds) add('funds', on('escrowOrProofOfFunds', { in: funds }));
  const coursework = filter.coursework && COURSEWORK_ACCEPTED[filter.coursework];
  if (coursework) add('coursework', on('usCourseworkRequired', { in: coursework }));
  if (filter.daca) add('daca', on('dacaAccepted', 'yes'));
  if (filter.canada) add('canada', on('canadiansTreatedAs', 'domestic'));
  if (filter.tuitionMax !== null) add(null, on('tuitionUsdPerYear', { not: null, lte: filter.tuitionMax }));
  return out;
}

/** Where clause for a filter; `ids` restricts to the schools a text search matched; `omit` leaves a facet out. */
export function schoolWhere(filter: SchoolFilter, ids: number[] | null, omit?: FacetName): Prisma.SchoolWhereInput {
  const and: Prisma.SchoolWhereInput[] = [{ status: 'published' }];
  if (ids) and.push({ id: { in: ids } });
  for (const condition of facetConditions(filter)) if (condition.facet === null || condition.facet !== omit) and.push(condition.where);
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

/**
 * The same orders as schoolOrderBy, as SQL for the raw query that sorts a search's matches
 * (lib/schools/queries.ts). Both dialects accept this text; a test checks the two translations agree.
 */
export const SCHOOL_ORDER_SQL: Record<SchoolFilter['sort'], string> = {
  name: '"name" ASC, "slug" ASC',
  tuition: '"tuitionUsdPerYear" ASC NULLS LAST, "name" ASC, "slug" ASC',
  '-tuition': '"tuitionUsdPerYear" DESC NULLS LAST, "name" ASC, "slug" ASC',
  verified: '"lastVerifiedAt" DESC NULLS LAST, "name" ASC, "slug" ASC',
};
