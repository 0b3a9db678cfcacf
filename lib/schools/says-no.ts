// "Does this school take international students?" has an answer even when it is no. A free-text search that
// matches schools which say they do not accept international applicants names them below the results, each
// with the page that says so (the strongest kind first), so a reader asking about UC San Diego learns why it is
// not in the list. Used by the /schools page and the JSON API alike.
import 'server-only';
import { db } from '../db';
import { EMPTY_FILTER, effectiveIntl, type SchoolFilter } from './filters';
import { searchSchools } from './queries';
import { SOURCE_KINDS } from '../evidence/fields';

export type SchoolSayingNo = { slug: string; name: string; sourceUrl: string | null; sourceDate: string; sourceKind: string | null; sourceTitle: string | null };

/** At most this many are named; a search matching more is broad enough for the reader to use `intl=no`. */
export const SAYS_NO_LIMIT = 10;

export async function findSchoolsSayingNo(filter: SchoolFilter): Promise<SchoolSayingNo[]> {
  if (!filter.q || effectiveIntl(filter).includes('no')) return [];
  const { results } = await searchSchools({ ...EMPTY_FILTER, q: filter.q, intl: ['no'] }, { perPage: SAYS_NO_LIMIT });
  if (results.length === 0) return [];
  const evidence = await db.evidence.findMany({
    where: { schoolId: { in: results.map((s) => s.id) }, field: 'accepts_international', value: 'no' },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  const rank = (kind: string) => SOURCE_KINDS.indexOf(kind as never);
  return results.map((school) => {
    const best = evidence.filter((e) => e.schoolId === school.id).sort((a, b) => rank(a.sourceKind) - rank(b.sourceKind))[0];
    const url = best?.sourceUrl ?? school.internationalPolicyUrl ?? school.sources[0]?.url ?? null;
    return {
      slug: school.slug,
      name: school.name,
      sourceUrl: url,
      sourceDate: best?.sourceDate ?? '',
      sourceKind: best?.sourceKind ?? null,
      sourceTitle: school.sources.find((s) => s.url === url)?.title ?? null,
    };
  });
}
