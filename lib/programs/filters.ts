// THE URL contract of /programs: parse, serialize to the canonical query string, build links.
// The page, the JSON API and the exports all read filters through this module. Same conventions as
// /schools (lib/schools/filters.ts): per-parameter lenient parsing that reports what it dropped (the API turns
// any drop into a 400), canonical order of parameters and of values, defaults left out.
import { z } from 'zod';
import { CA_PROVINCES, PROGRAM_KINDS, US_STATES } from '../validation/enums';

export const COUNTRY_VALUES = ['ca', 'us'] as const;
/** Provinces first, then states: the order values take in a canonical URL. */
export const REGION_VALUES: readonly string[] = [...CA_PROVINCES, ...US_STATES].map((r) => r.toLowerCase());
export const KIND_VALUES = PROGRAM_KINDS;
/** `unknown` is a stored value but not a filter: nobody asks for "programs whose format is not stated". */
export const FORMAT_VALUES = ['online', 'in_person', 'hybrid'] as const;

export const PAGE_SIZE = 20;
export const Q_MAX_LENGTH = 100;
export const PAGE_LIMIT = 10_000;

export type Country = (typeof COUNTRY_VALUES)[number];
export type Kind = (typeof KIND_VALUES)[number];
export type Format = (typeof FORMAT_VALUES)[number];

export type ProgramFilter = {
  q: string | null;
  country: Country[];
  region: string[];
  kind: Kind[];
  format: Format[];
  page: number;
};

export const EMPTY_PROGRAM_FILTER: ProgramFilter = { q: null, country: [], region: [], kind: [], format: [], page: 1 };

/** Parameter names in canonical order. */
export const PROGRAM_FILTER_PARAMS = ['q', 'country', 'region', 'kind', 'format', 'page'] as const;
export type ProgramFilterParam = (typeof PROGRAM_FILTER_PARAMS)[number];
export const PROGRAM_MULTI_PARAMS = ['country', 'region', 'kind', 'format'] as const;
export type ProgramFacet = (typeof PROGRAM_MULTI_PARAMS)[number];

export type IgnoredParam = { param: string; value: string; reason: string };
export type ParsedProgramFilter = { filter: ProgramFilter; ignored: IgnoredParam[] };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function valuesOf(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function parseMulti<T extends string>(raw: RawParams, name: string, allowed: readonly T[], reason: string, ignored: IgnoredParam[]): T[] {
  const picked = new Set<T>();
  for (const value of valuesOf(raw, name)) {
    for (const part of value.split(',')) {
      const v = part.trim().toLowerCase();
      if (v === '') continue;
      if ((allowed as readonly string[]).includes(v)) picked.add(v as T);
      else ignored.push({ param: name, value: part.slice(0, 60), reason });
    }
  }
  // Canonical order is the declared order, whatever order the URL used.
  return allowed.filter((v) => picked.has(v));
}

function parseQuery(raw: RawParams, ignored: IgnoredParam[]): string | null {
  let q: string | null = null;
  for (const value of valuesOf(raw, 'q')) {
    const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
    if (cleaned === '') continue;
    if (cleaned.length > Q_MAX_LENGTH) {
      ignored.push({ param: 'q', value: cleaned.slice(0, 60) + '…', reason: `at most ${Q_MAX_LENGTH} characters` });
    } else if (q === null) q = cleaned;
  }
  return q;
}

const pageSchema = z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().min(1).max(PAGE_LIMIT));

/** Parses a positive whole number parameter (page, per_page), reporting bad or repeated values. */
export function parseWholeNumber(raw: RawParams, name: string, max: number, ignored: IgnoredParam[]): number | null {
  let result: number | null = null;
  for (const value of valuesOf(raw, name)) {
    const v = value.trim();
    if (v === '') continue;
    const parsed = pageSchema.safeParse(v);
    if (!parsed.success || parsed.data > max) ignored.push({ param: name, value: value.slice(0, 60), reason: `a whole number from 1 to ${max}` });
    else if (result === null) result = parsed.data;
    else if (result !== parsed.data) ignored.push({ param: name, value: value.slice(0, 60), reason: 'given twice; the first value was used' });
  }
  return result;
}

export function parseProgramFilter(raw: RawParams): ParsedProgramFilter {
  const ignored: IgnoredParam[] = [];
  const q = parseQuery(raw, ignored);
  const filter: ProgramFilter = {
    q,
    country: parseMulti(raw, 'country', COUNTRY_VALUES, `must be one of ${COUNTRY_VALUES.join(', ')}`, ignored),
    region: parseMulti(raw, 'region', REGION_VALUES, 'must be a two-letter province or state code, e.g. on or ny', ignored),
    kind: parseMulti(raw, 'kind', KIND_VALUES, `must be one of ${KIND_VALUES.join(', ')}`, ignored),
    format: parseMulti(raw, 'format', FORMAT_VALUES, `must be one of ${FORMAT_VALUES.join(', ')}`, ignored),
    page: parseWholeNumber(raw, 'page', PAGE_LIMIT, ignored) ?? 1,
  };
  return { filter, ignored };
}

/** Canonical query-string pairs, in contract order, defaults omitted. */
export function programFilterToPairs(filter: ProgramFilter): [ProgramFilterParam, string][] {
  const pairs: [ProgramFilterParam, string][] = [];
  if (filter.q) pairs.push(['q', filter.q]);
  if (filter.country.length) pairs.push(['country', COUNTRY_VALUES.filter((v) => filter.country.includes(v)).join(',')]);
  if (filter.region.length) pairs.push(['region', REGION_VALUES.filter((v) => filter.region.includes(v)).join(',')]);
  if (filter.kind.length) pairs.push(['kind', KIND_VALUES.filter((v) => filter.kind.includes(v)).join(',')]);
  if (filter.format.length) pairs.push(['format', FORMAT_VALUES.filter((v) => filter.format.includes(v)).join(',')]);
  if (filter.page !== 1) pairs.push(['page', String(filter.page)]);
  return pairs;
}

/** Canonical query string without the leading "?" (commas stay readable). */
export function serializeProgramFilter(filter: ProgramFilter): string {
  return programFilterToPairs(filter)
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

/** A link to /programs (or another path taking the same filters) with a patch applied; filter changes reset page. */
export function programsHref(filter: ProgramFilter, patch: Partial<ProgramFilter> = {}, path = '/programs'): string {
  const resetsPage = Object.keys(patch).some((key) => key !== 'page');
  const next = { ...filter, ...(resetsPage ? { page: 1 } : {}), ...patch };
  const query = serializeProgramFilter(next);
  return query ? `${path}?${query}` : path;
}

export function isProgramFilterActive(filter: ProgramFilter): boolean {
  return programFilterToPairs({ ...filter, page: 1 }).length > 0;
}
