// The JSON bodies of API v1 as Zod schemas: the OpenAPI document's components come from here
// (lib/api/openapi.ts), and the serializers' keys are checked against them (tests/unit/openapi.test.ts), so what
// a handler answers and what the document says it answers are one definition. Each `id` names a component.
import { z } from 'zod';
import type {} from 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import {
  ACCEPTS_INTERNATIONAL, CANADIANS_TREATED_AS, COURSEWORK, DEGREES, FUNDS, LENDER_COSIGNER, LENDER_ELIGIBLE_SCHOOLS,
  OWNERSHIPS, PROGRAM_FORMATS, YES_LIMITED_NO_UNKNOWN, YES_NO_UNKNOWN,
} from '../validation/enums';
import { EVIDENCE_FIELD_NAMES, SOURCE_KINDS } from '../evidence/fields';
import {
  AID_VALUES, COURSEWORK_VALUES, DEGREE_VALUES, FUNDS_VALUES, INTL_VALUES, OWNERSHIP_VALUES, SORT_VALUES,
} from '../schools/filters';
import { COUNTRY_VALUES, FORMAT_VALUES, KIND_VALUES, REGION_VALUES } from '../programs/filters';
import { API_PER_PAGE_MAX } from './strict-query';

const dateTime = () => z.string().meta({ format: 'date-time' });
const uri = () => z.string().meta({ format: 'uri' });

export const SOURCE_JSON = z.object({ url: uri(), title: z.string().optional() }).meta({ id: 'Source' });

export const EVIDENCE_JSON = z
  .object({
    field: z.enum(EVIDENCE_FIELD_NAMES as [string, ...string[]]),
    value: z.string().meta({ description: 'The value this page states (tuition: whole US dollars).' }),
    sourceUrl: uri(),
    sourceDate: z.string().meta({ description: 'The date or cycle as the page gives it; empty when the page is undated.' }),
    sourceKind: z.enum(SOURCE_KINDS),
  })
  .meta({
    id: 'Evidence',
    description:
      'One page\'s support for one field. A value that differs from the school\'s own field is a page that disagrees (or, when the field is "unknown", a hint).',
  });

export const SCHOOL_JSON = z
  .object({
    slug: z.string(),
    name: z.string(),
    degree: z.enum(DEGREES),
    city: z.string(),
    state: z.string().meta({ description: 'Two-letter code, upper case.' }),
    ownership: z.enum(OWNERSHIPS),
    acceptsInternational: z.enum(ACCEPTS_INTERNATIONAL),
    usCourseworkRequired: z.enum(COURSEWORK),
    escrowOrProofOfFunds: z.enum(FUNDS),
    needBasedAidForInternationals: z.enum(YES_LIMITED_NO_UNKNOWN),
    meritScholarshipsForInternationals: z.enum(YES_LIMITED_NO_UNKNOWN),
    institutionalLoansForInternationals: z.enum(YES_LIMITED_NO_UNKNOWN),
    cosignerLoansAccepted: z.enum(YES_NO_UNKNOWN),
    dacaAccepted: z.enum(YES_NO_UNKNOWN),
    canadiansTreatedAs: z.enum(CANADIANS_TREATED_AS),
    tuitionUsdPerYear: z.int().nullable(),
    tuitionYear: z.string().nullable(),
    websiteUrl: uri().nullable(),
    internationalPolicyUrl: uri().nullable(),
    notesShort: z.string().meta({ description: 'Same text as readerSummary (kept for v1 clients).' }),
    readerSummary: z.string().meta({ description: 'A plain summary of the school\'s facts, at most 200 characters.' }),
    sources: z.array(SOURCE_JSON),
    evidence: z
      .array(EVIDENCE_JSON)
      .optional()
      .meta({ description: 'The page(s) behind each policy field. Always on a single school; on the list with include=evidence.' }),
    asOf: z.string().meta({ description: 'When the facts were last checked against the sources.' }),
    lastVerifiedAt: dateTime().nullable(),
    updatedAt: dateTime(),
  })
  .meta({ id: 'School', description: 'Enum values are the data set\'s own; "unknown" means the school does not publish it (never "no").' });

export const SCHOOL_FILTERS_JSON = z
  .object({
    q: z.string().nullable(),
    degree: z.array(z.enum(DEGREE_VALUES)),
    state: z.array(z.string()),
    ownership: z.array(z.enum(OWNERSHIP_VALUES)),
    intl: z.array(z.enum(INTL_VALUES)),
    aid: z.array(z.enum(AID_VALUES)),
    cosigner: z.enum(['yes']).nullable(),
    funds: z.enum(FUNDS_VALUES).nullable(),
    coursework: z.enum(COURSEWORK_VALUES).nullable(),
    daca: z.enum(['yes']).nullable(),
    canada: z.enum(['domestic']).nullable(),
    tuitionMax: z.int().nullable(),
    source: z.enum(['school']).nullable(),
    sort: z.enum(SORT_VALUES),
  })
  .meta({ id: 'Filters', description: 'The canonical filter the results answer (every key present, defaults spelled out).' });

export const SCHOOL_SAYING_NO_JSON = z
  .object({
    slug: z.string(),
    name: z.string(),
    sourceUrl: uri().nullable(),
    sourceDate: z.string().meta({ description: 'The date or cycle the page shows; empty when undated.' }),
    sourceKind: z.enum(SOURCE_KINDS).nullable(),
  })
  .meta({
    id: 'SchoolSayingNo',
    description: 'A school matching the search that says it does not accept international applicants, with the page that says so.',
  });

export const SCHOOL_LIST_JSON = z
  .object({
    total: z.int().min(0).meta({ description: 'Matching schools over all pages.' }),
    page: z.int().min(1),
    perPage: z.int().min(1).max(API_PER_PAGE_MAX),
    filters: SCHOOL_FILTERS_JSON,
    results: z.array(SCHOOL_JSON),
    schoolsSayingNo: z
      .array(SCHOOL_SAYING_NO_JSON)
      .optional()
      .meta({ description: 'With `q` (and intl not including `no`): the schools matching the text that say they do not accept international applicants.' }),
  })
  .meta({ id: 'SchoolList' });

export const LENDER_JSON = z
  .object({
    slug: z.string(),
    name: z.string(),
    websiteUrl: uri().nullable(),
    requiresUsCosigner: z.enum(LENDER_COSIGNER),
    eligibleSchools: z.enum(LENDER_ELIGIBLE_SCHOOLS),
    coversMedicalSchool: z.string(),
    maxAmountNote: z.string(),
    interestNote: z.string(),
    notesShort: z.string(),
    sources: z.array(SOURCE_JSON),
    asOf: z.string(),
    lastVerifiedAt: dateTime().nullable(),
    updatedAt: dateTime(),
  })
  .meta({ id: 'Lender' });

export const LENDER_LIST_JSON = z.object({ total: z.int().min(0), results: z.array(LENDER_JSON) }).meta({ id: 'LenderList' });

export const PROGRAM_JSON = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    provider: z.string().meta({ description: 'Organization that runs the program.' }),
    country: z.enum(['CA', 'US']),
    region: z.string().nullable().meta({ description: 'Two-letter province/territory or state code; null for national or multi-region programs.' }),
    kind: z.enum(KIND_VALUES),
    format: z.enum(PROGRAM_FORMATS).meta({ description: '`unknown`: delivery mode not stated in the sources.' }),
    costNote: z.string().nullable().meta({ description: 'Fees/funding as published; null when no source gave them.' }),
    durationNote: z.string().nullable().meta({ description: 'Length as published; null when no source gave it.' }),
    eligibilityNote: z.string(),
    websiteUrl: uri(),
    notesShort: z.string(),
    sources: z.array(SOURCE_JSON),
    asOf: z.string().meta({ description: 'Date of the information: YYYY or YYYY-MM-DD.' }),
    lastVerifiedAt: dateTime().nullable(),
    updatedAt: dateTime(),
  })
  .meta({ id: 'Program' });

export const PROGRAM_FILTERS_JSON = z
  .object({
    q: z.string().nullable(),
    country: z.array(z.enum(COUNTRY_VALUES)),
    region: z.array(z.enum(REGION_VALUES as [string, ...string[]])),
    kind: z.array(z.enum(KIND_VALUES)),
    format: z.array(z.enum(FORMAT_VALUES)),
  })
  .meta({ id: 'ProgramFilters', description: 'The canonical filter the request was read as.' });

export const PROGRAM_LIST_JSON = z
  .object({
    total: z.int().min(0),
    page: z.int().min(1),
    perPage: z.int().min(1).max(API_PER_PAGE_MAX),
    filters: PROGRAM_FILTERS_JSON,
    results: z.array(PROGRAM_JSON),
  })
  .meta({ id: 'ProgramList' });

export const ISSUE_JSON = z.object({ param: z.string(), value: z.string(), reason: z.string() }).meta({ id: 'Issue' });

export const ERROR_JSON = z.object({ error: z.string(), issues: z.array(ISSUE_JSON).optional() }).meta({ id: 'Error' });
