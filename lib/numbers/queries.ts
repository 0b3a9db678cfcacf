// Data for /numbers: published counts of international applicants to US MD schools (IntlCount, as given by
// each source) and the directory's own figures (how many published listings have each policy value).
import 'server-only';
import { db } from '../db';

export type IntlCycle = {
  cycle: string;
  applicants: number | null;
  accepted: number | null;
  matriculated: number | null;
  schoolsAccepting: number | null;
  sourceUrl: string;
  asOf: string;
};

/** Leading year of a cycle label ("2019-2020" → 2019, "c. 2019" → 2019); labels are shown as given. */
function cycleYear(cycle: string): number {
  const match = cycle.match(/\d{4}/);
  return match ? Number(match[0]) : Number.MAX_SAFE_INTEGER;
}

export async function listIntlCycles(scope = 'all_us_md'): Promise<IntlCycle[]> {
  const rows = await db.intlCount.findMany({
    where: { scope },
    select: { cycle: true, applicants: true, accepted: true, matriculated: true, schoolsAccepting: true, sourceUrl: true, asOf: true },
  });
  return rows.sort((a, b) => cycleYear(a.cycle) - cycleYear(b.cycle) || a.cycle.localeCompare(b.cycle));
}

export type Tally = { value: string; count: number }[];

async function tallyBy(field: 'needBasedAidForInternationals' | 'escrowOrProofOfFunds' | 'state'): Promise<Tally> {
  const rows = await db.school.groupBy({ by: [field], where: { status: 'published' }, _count: { _all: true } });
  return rows
    .map((r) => ({ value: String((r as Record<string, unknown>)[field]), count: r._count._all }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function countDirectoryFigures() {
  const [byNeedAid, byFunds, byState, total] = await Promise.all([
    tallyBy('needBasedAidForInternationals'),
    tallyBy('escrowOrProofOfFunds'),
    tallyBy('state'),
    db.school.count({ where: { status: 'published' } }),
  ]);
  return { byNeedAid, byFunds, byState, total };
}
