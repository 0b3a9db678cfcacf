// The /guides URL: `?category=<slug>&q=<text>`. Parsed per parameter like the directory: a bad value is
// dropped and reported, never a 500.
import { GUIDE_CATEGORY_SLUGS, type GuideCategorySlug } from '../content/categories';

export const GUIDE_Q_MAX_LENGTH = 100;

export type GuideQuery = { category: GuideCategorySlug | null; q: string | null };
export type IgnoredGuideParam = { param: string; value: string; reason: string };

type RawParams = Record<string, string | string[] | undefined>;

function first(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseGuideQuery(raw: RawParams): { query: GuideQuery; ignored: IgnoredGuideParam[] } {
  const ignored: IgnoredGuideParam[] = [];
  const rawCategory = first(raw, 'category')?.trim().toLowerCase() ?? '';
  let category: GuideCategorySlug | null = null;
  if (rawCategory) {
    if ((GUIDE_CATEGORY_SLUGS as readonly string[]).includes(rawCategory)) category = rawCategory as GuideCategorySlug;
    else ignored.push({ param: 'category', value: rawCategory, reason: 'not a guide category' });
  }
  const rawQ = first(raw, 'q')?.trim().replace(/\s+/g, ' ') ?? '';
  let q: string | null = null;
  if (rawQ.length > GUIDE_Q_MAX_LENGTH) {
    ignored.push({ param: 'q', value: `${rawQ.slice(0, 20)}…`, reason: `longer than ${GUIDE_Q_MAX_LENGTH} characters` });
  } else if (rawQ) q = rawQ;
  return { query: { category, q }, ignored };
}

export function guidesHref(query: { category?: string | null; q?: string | null }): string {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.q) params.set('q', query.q);
  const text = params.toString();
  return text ? `/guides?${text}` : '/guides';
}
