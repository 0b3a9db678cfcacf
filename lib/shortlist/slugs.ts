// The `schools=slug1,slug2` URL parameter shared by /compare, /shortlist and the shortlist export.
// Parsing never throws: each bad value is reported so the page can say what it ignored.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SHORTLIST_MAX = 100;
export const COMPARE_MIN = 2;
/** Ten, as the paid guides (MSAR, College Scorecard) allow: the table scrolls sideways on narrow screens. */
export const COMPARE_MAX = 10;

export type SlugProblem = { value: string; reason: string };
export type ParsedSlugs = { slugs: string[]; problems: SlugProblem[] };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function rawValues(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Distinct, well-formed slugs in the order given (at most `max`), plus what was dropped and why. */
export function parseSchoolSlugs(raw: RawParams, max = SHORTLIST_MAX): ParsedSlugs {
  const slugs: string[] = [];
  const problems: SlugProblem[] = [];
  for (const value of rawValues(raw, 'schools')) {
    for (const part of value.split(',')) {
      const slug = part.trim().toLowerCase();
      if (slug === '') continue;
      if (slug.length > 120 || !SLUG_PATTERN.test(slug)) problems.push({ value: part.slice(0, 60), reason: 'is not a school identifier' });
      else if (slugs.includes(slug)) problems.push({ value: slug, reason: 'is listed twice' });
      else if (slugs.length >= max) problems.push({ value: slug, reason: `is beyond the limit of ${max} schools` });
      else slugs.push(slug);
    }
  }
  return { slugs, problems };
}

/** `schools=a,b,c` (commas kept readable), or '' for an empty list. */
export function slugsQuery(slugs: readonly string[]): string {
  return slugs.length ? `schools=${slugs.map(encodeURIComponent).join(',')}` : '';
}

export function slugsHref(path: string, slugs: readonly string[]): string {
  const query = slugsQuery(slugs);
  return query ? `${path}?${query}` : path;
}
