// THE URL contract of /schools (DESIGN §2): parse, serialize to the canonical query string, describe.
// The page, the JSON API, the exports, the feeds and the preview image all read filters through this module.
// Parsing is per parameter: one bad value drops only itself and is reported (pages show a notice; the API
// answers 400 with the same list).
import { z } from 'zod';
import { US_STATES } from '../validation/enums';

export const DEGREE_VALUES = ['md', 'do'] as const;
export const OWNERSHIP_VALUES = ['public', 'private'] as const;
export const INTL_VALUES = ['yes', 'limited', 'no'] as const;
/** Without `intl`, the directory lists the schools that accept international applicants (DESIGN §2). */
export const DEFAULT_INTL = ['yes', 'limited'] as const;
export const SOURCE_VALUES = ['school'] as const;
export const AID_VALUES = ['need', 'merit', 'loan'] as const;
export const FUNDS_VALUES = ['none', 'proof', 'escrow'] as const;
export const COURSEWORK_VALUES = ['none', 'preferred', 'required', 'degree_required'] as const;
export const SORT_VALUES = ['name', 'tuition', '-tuition', 'verified'] as const;
export const STATE_VALUES = US_STATES.map((s) => s.toLowerCase());

export const PAGE_SIZE = 20;
export const Q_MAX_LENGTH = 100;
export const TUITION_MAX_LIMIT = 1_000_000;
export const PAGE_LIMIT = 10_000;

export type Degree = (typeof DEGREE_VALUES)[number];
export type Ownership = (typeof OWNERSHIP_VALUES)[number];
export type Intl = (typeof INTL_VALUES)[number];
export type Aid = (typeof AID_VALUES)[number];
export type Funds = (typeof FUNDS_VALUES)[number];
export type Coursework = (typeof COURSEWORK_VALUES)[number];
export type Sort = (typeof SORT_VALUES)[number];

export type SchoolFilter = {
  q: string | null;
  degree: Degree[];
  state: string[];
  ownership: Ownership[];
  intl: Intl[];
  aid: Aid[];
  cosigner: 'yes' | null;
  funds: Funds | null;
  coursework: Coursework | null;
  daca: 'yes' | null;
  canada: 'domestic' | null;
  tuitionMax: number | null;
  /** 'school': a fact counts only when a school or official page supports it. */
  source: 'school' | null;
  sort: Sort;
  page: number;
};

export const EMPTY_FILTER: SchoolFilter = {
  q: null,
  degree: [],
  state: [],
  ownership: [],
  intl: [],
  aid: [],
  cosigner: null,
  funds: null,
  coursework: null,
  daca: null,
  canada: null,
  tuitionMax: null,
  source: null,
  sort: 'name',
  page: 1,
};

/** Parameter names in canonical order. */
export const FILTER_PARAMS = [
  'q', 'degree', 'state', 'ownership', 'intl', 'aid', 'cosigner', 'funds', 'coursework', 'daca', 'canada',
  'tuition_max', 'source', 'sort', 'page',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export type IgnoredParam = { param: string; value: string; reason: string };
export type ParsedFilter = { filter: SchoolFilter; ignored: IgnoredParam[] };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function parseMulti<T extends string>(
  raw: RawParams,
  name: string,
  allowed: readonly T[],
  ignored: IgnoredParam[],
): T[] {
  const picked = new Set<T>();
  for (const value of valuesOf(raw, name)) {
    for (const part of value.split(',')) {
      const v = part.trim().toLowerCase();
      if (v === '') continue;
      if ((allowed as readonly string[]).includes(v)) picked.add(v as T);
      else ignored.push({ param: name, value: part.slice(0, 60), reason: `must be one of ${allowed.join(', ')}` });
    }
  }
  // Canonical order is the order of the allowed list, whatever order the URL used.
  return allowed.filter((v) => picked.has(v));
}

function parseSingle<T extends string>(
  raw: RawParams,
  name: string,
  schema: z.ZodType<T>,
  reason: string,
  ignored: IgnoredParam[],
): T | null {
  let result: T | null = null;
  for (const value of valuesOf(raw, name)) {
    const v = value.trim().toLowerCase();
    if (v === '') continue;
    const parsed = schema.safeParse(v);
    if (!parsed.success) ignored.push({ param: name, value: value.slice(0, 60), reason });
    else if (result === null) result = parsed.data;
    else if (result !== parsed.data) ignored.push({ param: name, value: value.slice(0, 60), reason: 'given twice; the first value was used' });
  }
  return result;
}

const intSchema = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .transform(String);

export function parseSchoolFilter(raw: RawParams): ParsedFilter {
  const ignored: IgnoredParam[] = [];
  const qValues = valuesOf(raw, 'q');
  let q: string | null = null;
  for (const value of qValues) {
    const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
    if (cleaned === '') continue;
    if (cleaned.length > Q_MAX_LENGTH) {
      ignored.push({ param: 'q', value: cleaned.slice(0, 60) + '…', reason: `at most ${Q_MAX_LENGTH} characters` });
    } else if (q === null) q = cleaned;
  }
  const tuition = parseSingle(raw, 'tuition_max', intSchema(0, TUITION_MAX_LIMIT), `a whole number of dollars from 0 to ${TUITION_MAX_LIMIT}`, ignored);
  const page = parseSingle(raw, 'page', intSchema(1, PAGE_LIMIT), `a whole number from 1 to ${PAGE_LIMIT}`, ignored);
  const filter: SchoolFilter = {
    q,
    degree: parseMulti(raw, 'degree', DEGREE_VALUES, ignored),
    state: parseMulti(raw, 'state', STATE_VALUES, ignored),
    ownership: parseMulti(raw, 'ownership', OWNERSHIP_VALUES, ignored),
    intl: parseMulti(raw, 'intl', INTL_VALUES, ignored),
    aid: parseMulti(raw, 'aid', AID_VALUES, ignored),
    cosigner: parseSingle(raw, 'cosigner', z.literal('yes'), 'only "yes"', ignored),
    funds: parseSingle(raw, 'funds', z.enum(FUNDS_VALUES), `must be one of ${FUNDS_VALUES.join(', ')}`, ignored),
    coursework: parseSingle(raw, 'coursework', z.enum(COURSEWORK_VALUES), `must be one of ${COURSEWORK_VALUES.join(', ')}`, ignored),
    daca: parseSingle(raw, 'daca', z.literal('yes'), 'only "yes"', ignored),
    canada: parseSingle(raw, 'canada', z.literal('domestic'), 'only "domestic"', ignored),
    tuitionMax: tuition === null ? null : Number(tuition),
    source: parseSingle(raw, 'source', z.literal('school'), 'only "school"', ignored),
    sort: parseSingle(raw, 'sort', z.enum(SORT_VALUES), `must be one of ${SORT_VALUES.join(', ')}`, ignored) ?? 'name',
    page: page === null ? 1 : Number(page),
  };
  return { filter: normalizeFilter(filter), ignored };
}

/** Drops values that mean "no restriction" so equivalent filters share one canonical form. */
function normalizeFilter(filter: SchoolFilter): SchoolFilter {
  return {
    ...filter,
    intl: isDefaultIntl(filter.intl) ? [] : filter.intl,
    funds: filter.funds === 'escrow' ? null : filter.funds,
    coursework: filter.coursework === 'degree_required' ? null : filter.coursework,
  };
}

function isDefaultIntl(intl: Intl[]): boolean {
  return intl.length === DEFAULT_INTL.length && DEFAULT_INTL.every((v) => intl.includes(v));
}

/** The acceptance values a filter lists: its own `intl`, or the default (schools that accept). */
export function effectiveIntl(filter: SchoolFilter): readonly Intl[] {
  return filter.intl.length ? filter.intl : DEFAULT_INTL;
}

/** Canonical query-string pairs, in contract order, defaults omitted. */
export function filterToPairs(filter: SchoolFilter): [FilterParam, string][] {
  const f = normalizeFilter(filter);
  const pairs: [FilterParam, string][] = [];
  if (f.q) pairs.push(['q', f.q]);
  if (f.degree.length) pairs.push(['degree', f.degree.join(',')]);
  if (f.state.length) pairs.push(['state', f.state.join(',')]);
  if (f.ownership.length) pairs.push(['ownership', f.ownership.join(',')]);
  if (f.intl.length) pairs.push(['intl', f.intl.join(',')]);
  if (f.aid.length) pairs.push(['aid', f.aid.join(',')]);
  if (f.cosigner) pairs.push(['cosigner', f.cosigner]);
  if (f.funds) pairs.push(['funds', f.funds]);
  if (f.coursework) pairs.push(['coursework', f.coursework]);
  if (f.daca) pairs.push(['daca', f.daca]);
  if (f.canada) pairs.push(['canada', f.canada]);
  if (f.tuitionMax !== null) pairs.push(['tuition_max', String(f.tuitionMax)]);
  if (f.source) pairs.push(['source', f.source]);
  if (f.sort !== 'name') pairs.push(['sort', f.sort]);
  if (f.page !== 1) pairs.push(['page', String(f.page)]);
  return pairs;
}

/** Canonical query string without the leading "?" (commas stay readable). */
export function serializeSchoolFilter(filter: SchoolFilter): string {
  return filterToPairs(filter)
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

/** A link to /schools (or another path taking the same filters) with a patch applied; filter changes reset page. */
export function schoolsHref(filter: SchoolFilter, patch: Partial<SchoolFilter> = {}, path = '/schools'): string {
  const resetsPage = Object.keys(patch).some((key) => key !== 'page' && key !== 'sort');
  const next = { ...filter, ...(resetsPage ? { page: 1 } : {}), ...patch };
  const query = serializeSchoolFilter(next);
  return query ? `${path}?${query}` : path;
}

/** The key pages and caches use: the canonical filter without paging. */
export function filterKey(filter: SchoolFilter): string {
  return serializeSchoolFilter(filter);
}

export function isFilterActive(filter: SchoolFilter): boolean {
  return filterToPairs({ ...filter, sort: 'name', page: 1 }).length > 0;
}
