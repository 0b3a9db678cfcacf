// The OpenAPI 3.1 description of JSON API v1, built from the same constants the parsers use so the
// document cannot drift from the behaviour. New endpoints add a path (and schemas) here.
import {
  AID_VALUES, COURSEWORK_VALUES, DEGREE_VALUES, FUNDS_VALUES, INTL_VALUES, OWNERSHIP_VALUES, PAGE_LIMIT,
  Q_MAX_LENGTH, SORT_VALUES, STATE_VALUES, TUITION_MAX_LIMIT,
} from '../schools/filters';
import {
  ACCEPTS_INTERNATIONAL, CANADIANS_TREATED_AS, COURSEWORK, DEGREES, FUNDS, LENDER_COSIGNER, LENDER_ELIGIBLE_SCHOOLS,
  OWNERSHIPS, YES_LIMITED_NO_UNKNOWN, YES_NO_UNKNOWN,
} from '../validation/enums';
import { API_PER_PAGE_DEFAULT, API_PER_PAGE_MAX } from './school-params';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (values: readonly string[], description?: string): Json => ({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const nullable = (schema: Json): Json => ({ oneOf: [schema, { type: 'null' }] });

/** A comma-separated multi-valued query parameter (`degree=md,do`). */
function listParam(name: string, values: readonly string[], description: string): Json {
  return {
    name, in: 'query', required: false, description, style: 'form', explode: false,
    schema: { type: 'array', items: { type: 'string', enum: [...values] }, uniqueItems: true },
  };
}
function oneParam(name: string, schema: Json, description: string): Json {
  return { name, in: 'query', required: false, description, schema };
}

const filterParameters: Json[] = [
  oneParam('q', { type: 'string', maxLength: Q_MAX_LENGTH }, 'Search in name, city, state and notes (typo tolerant).'),
  listParam('degree', DEGREE_VALUES, 'Degree type; values are OR.'),
  listParam('state', STATE_VALUES, 'Two-letter state codes, lower case; values are OR.'),
  listParam('ownership', OWNERSHIP_VALUES, 'Public or private; values are OR.'),
  listParam('intl', INTL_VALUES, 'How the school accepts international applicants; values are OR. Absent: yes,limited (schools that accept). `no` lists the schools whose own pages say they do not accept international applicants: a checked answer, not a gap.'),
  listParam('aid', AID_VALUES, 'Aid open to international students; values are AND (need, merit: yes or limited; loan: yes).'),
  oneParam('cosigner', str(['yes']), 'Private loans with a US cosigner accepted.'),
  oneParam('funds', str(FUNDS_VALUES), 'Strictest funding requirement accepted: none < proof < escrow (escrow matches all, unknown included).'),
  oneParam('coursework', str(COURSEWORK_VALUES), 'Strictest US/Canadian coursework requirement accepted (degree_required matches all).'),
  oneParam('daca', str(['yes']), 'DACA recipients accepted.'),
  oneParam('canada', str(['domestic']), 'Canadian applicants treated as domestic.'),
  oneParam('tuition_max', { type: 'integer', minimum: 0, maximum: TUITION_MAX_LIMIT }, 'Known yearly tuition in USD at most this.'),
  oneParam('source', str(['school']), 'Count a fact for the other filters only when a page of the school itself or of an official body (AAMC, AACOM, a state agency) supports it; otherwise it is treated as unknown.'),
  oneParam('sort', { ...str(SORT_VALUES), default: 'name' }, 'Order; unknown tuition sorts last both ways; ties by name, then slug.'),
];

const pagingParameters: Json[] = [
  oneParam('page', { type: 'integer', minimum: 1, maximum: PAGE_LIMIT, default: 1 }, 'Page number.'),
  oneParam('per_page', { type: 'integer', minimum: 1, maximum: API_PER_PAGE_MAX, default: API_PER_PAGE_DEFAULT }, 'Results per page.'),
];

const schemas: Record<string, Json> = {
  Source: {
    type: 'object', required: ['url'], additionalProperties: false,
    properties: { url: { type: 'string', format: 'uri' }, title: { type: 'string' } },
  },
  School: {
    type: 'object', additionalProperties: false,
    description: 'Enum values are the data set\'s own; "unknown" means the school does not publish it (never "no").',
    properties: {
      slug: { type: 'string' }, name: { type: 'string' }, degree: str(DEGREES), city: { type: 'string' },
      state: { type: 'string', description: 'Two-letter code, upper case.' }, ownership: str(OWNERSHIPS),
      acceptsInternational: str(ACCEPTS_INTERNATIONAL), usCourseworkRequired: str(COURSEWORK),
      escrowOrProofOfFunds: str(FUNDS), needBasedAidForInternationals: str(YES_LIMITED_NO_UNKNOWN),
      meritScholarshipsForInternationals: str(YES_LIMITED_NO_UNKNOWN),
      institutionalLoansForInternationals: str(YES_LIMITED_NO_UNKNOWN), cosignerLoansAccepted: str(YES_NO_UNKNOWN),
      dacaAccepted: str(YES_NO_UNKNOWN), canadiansTreatedAs: str(CANADIANS_TREATED_AS),
      tuitionUsdPerYear: nullable({ type: 'integer' }), tuitionYear: nullable({ type: 'string' }),
      websiteUrl: nullable({ type: 'string', format: 'uri' }), internationalPolicyUrl: nullable({ type: 'string', format: 'uri' }),
      notesShort: { type: 'string' }, sources: { type: 'array', items: ref('Source') },
      asOf: { type: 'string', description: 'When the facts were last checked against the sources.' },
      lastVerifiedAt: nullable({ type: 'string', format: 'date-time' }), updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  Filters: {
    type: 'object', description: 'The canonical filter the results answer (every key present, defaults spelled out).',
    properties: {
      q: nullable({ type: 'string' }),
      degree: { type: 'array', items: str(DEGREE_VALUES) }, state: { type: 'array', items: { type: 'string' } },
      ownership: { type: 'array', items: str(OWNERSHIP_VALUES) }, intl: { type: 'array', items: str(INTL_VALUES) },
      aid: { type: 'array', items: str(AID_VALUES) }, cosigner: nullable(str(['yes'])), funds: nullable(str(FUNDS_VALUES)),
      coursework: nullable(str(COURSEWORK_VALUES)), daca: nullable(str(['yes'])), canada: nullable(str(['domestic'])),
      tuitionMax: nullable({ type: 'integer' }), source: nullable(str(['school'])), sort: str(SORT_VALUES),
    },
  },
  SchoolSayingNo: {
    type: 'object', required: ['slug', 'name'],
    description: 'A school matching the search that says it does not accept international applicants, with the page that says so.',
    properties: {
      slug: { type: 'string' }, name: { type: 'string' }, sourceUrl: nullable({ type: 'string', format: 'uri' }),
      sourceDate: { type: 'string', description: 'The date or cycle the page shows; empty when undated.' },
      sourceKind: nullable(str(['school', 'official', 'third_party', 'forum'])),
    },
  },
  SchoolList: {
    type: 'object', required: ['total', 'page', 'perPage', 'filters', 'results'],
    properties: {
      total: { type: 'integer', description: 'Matching schools over all pages.' }, page: { type: 'integer' },
      perPage: { type: 'integer' }, filters: ref('Filters'), results: { type: 'array', items: ref('School') },
      schoolsSayingNo: {
        type: 'array', items: ref('SchoolSayingNo'),
        description: 'With `q` (and intl not including `no`): the schools matching the text that say they do not accept international applicants.',
      },
    },
  },
  Lender: {
    type: 'object', additionalProperties: false,
    properties: {
      slug: { type: 'string' }, name: { type: 'string' }, websiteUrl: nullable({ type: 'string', format: 'uri' }),
      requiresUsCosigner: str(LENDER_COSIGNER), eligibleSchools: str(LENDER_ELIGIBLE_SCHOOLS),
      coversMedicalSchool: { type: 'string' }, maxAmountNote: { type: 'string' }, interestNote: { type: 'string' },
      notesShort: { type: 'string' }, sources: { type: 'array', items: ref('Source') }, asOf: { type: 'string' },
      lastVerifiedAt: nullable({ type: 'string', format: 'date-time' }), updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  LenderList: {
    type: 'object', required: ['total', 'results'],
    properties: { total: { type: 'integer' }, results: { type: 'array', items: ref('Lender') } },
  },
  Issue: {
    type: 'object', required: ['param', 'value', 'reason'],
    properties: { param: { type: 'string' }, value: { type: 'string' }, reason: { type: 'string' } },
  },
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'string' }, issues: { type: 'array', items: ref('Issue') } },
  },
};

const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  '400': json(ref('Error'), 'An invalid parameter value; every problem is listed in "issues".'),
  '503': json(ref('Error'), 'The database is unavailable; retry shortly.'),
  '500': json(ref('Error'), 'Unexpected error (no details are given).'),
};

export function buildOpenApiDocument(serverUrl: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'IMG Pathways API',
      version: '1.0.0',
      description:
        'US medical schools (MD and DO) for international applicants, with aid, loan, cosigner and escrow policies. ' +
        'Takes the same filters as /schools. Every fact carries its sources and an as-of date.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/schools': {
        get: {
          operationId: 'listSchools', summary: 'Filtered school list',
          parameters: [...filterParameters, ...pagingParameters],
          responses: { '200': json(ref('SchoolList'), 'One page of matching published schools.'), ...errors },
        },
      },
      '/api/v1/schools/{slug}': {
        get: {
          operationId: 'getSchool', summary: 'One published school',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } }],
          responses: {
            '200': json(ref('School'), 'The school.'),
            '404': json(ref('Error'), 'No published school has this slug.'),
            '503': errors['503'], '500': errors['500'],
          },
        },
      },
      '/api/v1/lenders': {
        get: {
          operationId: 'listLenders', summary: 'Published private lenders',
          parameters: [
            oneParam('cosigner', str(['no']), 'Only lenders that need no US cosigner.'),
            oneParam('medical', str(['yes']), 'Only lenders that cover medical school.'),
          ],
          responses: { '200': json(ref('LenderList'), 'Every matching published lender.'), ...errors },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi', summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: { schemas },
  };
}
