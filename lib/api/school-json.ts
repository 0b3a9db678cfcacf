// A School as the JSON API v1 shows it (DESIGN §2): the CSV's columns in camelCase, enum values unchanged.
// Pure: the rows come from lib/schools/queries.ts.
import type { SchoolRow } from '../schools/queries';
import { readerSummaryOf } from '../schools/reader-summary';
import { pickPolicyFacts, POLICY_KEYS, type PolicyFacts } from '../schools/policy-keys';

export type SourceJson = { url: string; title?: string };

/** One page's support for one field: `field` is the CSV column name, `sourceDate` as the page gives it ("" = undated). */
export type EvidenceJson = { field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string };

export type SchoolJson = {
  slug: string;
  name: string;
  degree: string;
  city: string;
  state: string;
  ownership: string;
  tuitionUsdPerYear: number | null;
  tuitionYear: string | null;
  websiteUrl: string | null;
  internationalPolicyUrl: string | null;
  /** Kept for v1 clients: carries the reader summary (the editors' research notes are not published). */
  notesShort: string;
  readerSummary: string;
  sources: SourceJson[];
  /** On a single school always; on the list with include=evidence. */
  evidence?: EvidenceJson[];
  asOf: string;
  lastVerifiedAt: string | null;
  updatedAt: string;
} & PolicyFacts;

export function toSourceJson(source: { url: string; title: string | null }): SourceJson {
  return source.title ? { url: source.url, title: source.title } : { url: source.url };
}

export function toEvidenceJson(row: EvidenceJson): EvidenceJson {
  return { field: row.field, value: row.value, sourceUrl: row.sourceUrl, sourceDate: row.sourceDate, sourceKind: row.sourceKind };
}

export function toSchoolJson(row: SchoolRow, evidence?: readonly EvidenceJson[]): SchoolJson {
  return {
    slug: row.slug,
    name: row.name,
    degree: row.degree,
    city: row.city,
    state: row.state,
    ownership: row.ownership,
    ...pickPolicyFacts(row),
    tuitionUsdPerYear: row.tuitionUsdPerYear,
    tuitionYear: row.tuitionYear,
    websiteUrl: row.websiteUrl,
    internationalPolicyUrl: row.internationalPolicyUrl,
    notesShort: readerSummaryOf(row),
    readerSummary: readerSummaryOf(row),
    sources: row.sources.map(toSourceJson),
    ...(evidence ? { evidence: evidence.map(toEvidenceJson) } : {}),
    asOf: row.asOf,
    lastVerifiedAt: row.lastVerifiedAt ? row.lastVerifiedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The keys of SchoolJson in order; the OpenAPI document and tests read this list. */
export const SCHOOL_JSON_KEYS = [
  'slug', 'name', 'degree', 'city', 'state', 'ownership', ...POLICY_KEYS, 'tuitionUsdPerYear', 'tuitionYear', 'websiteUrl', 'internationalPolicyUrl', 'notesShort', 'readerSummary', 'sources', 'evidence', 'asOf',
  'lastVerifiedAt', 'updatedAt',
] as const satisfies readonly (keyof SchoolJson)[];
