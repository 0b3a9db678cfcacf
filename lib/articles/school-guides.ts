// The guides to show on a school page, with the reason each applies (see guides-for-school.ts).
import 'server-only';
import { listArticlesBySlugs } from './queries';
import { chooseGuidesForSchool, type SchoolPolicies } from './guides-for-school';

export async function listGuidesForSchool(school: SchoolPolicies) {
  const picks = chooseGuidesForSchool(school);
  const guides = await listArticlesBySlugs(picks.map((p) => p.slug));
  return { guides, reasons: Object.fromEntries(picks.map((p) => [p.slug, p.reason])) };
}
