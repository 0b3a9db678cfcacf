// The /api/v1/programs part of the OpenAPI 3.1 document, to be merged into lib/api/openapi.ts
// (paths under `paths`, schemas under `components.schemas`).
import { COUNTRY_VALUES, FORMAT_VALUES, KIND_VALUES, PAGE_LIMIT, Q_MAX_LENGTH, REGION_VALUES } from './filters';
import { API_PER_PAGE_DEFAULT, API_PER_PAGE_MAX } from './api';
import { PROGRAM_FORMATS } from '../validation/enums';

const csvParam = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Comma-separated; OR within the parameter, AND with the others.`,
  style: 'form',
  explode: false,
  schema: { type: 'array', items: { type: 'string', enum: [...values] } },
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export const programOpenApiSchemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string' },
      issues: {
        type: 'array',
        items: { type: 'object', required: ['param', 'value', 'reason'], properties: { param: { type: 'string' }, value: { type: 'string' }, reason: { type: 'string' } } },
      },
    },
  },
  Program: {
    type: 'object',
    required: ['slug', 'name', 'provider', 'country', 'region', 'kind', 'format', 'costNote', 'durationNote', 'eligibilityNote', 'websiteUrl', 'notesShort', 'sources', 'asOf', 'lastVerifiedAt', 'updatedAt'],
    properties: {
      slug: { type: 'string', pattern: '^[a-z0-9-]+$' },
      name: { type: 'string' },
      provider: { type: 'string', description: 'Organization that runs the program.' },
      country: { type: 'string', enum: ['CA', 'US'] },
      region: { type: ['string', 'null'], description: 'Two-letter province/territory or state code; null for national or multi-region programs.' },
      kind: { type: 'string', enum: [...KIND_VALUES] },
      format: { type: 'string', enum: [...PROGRAM_FORMATS], description: '`unknown`: delivery mode not stated in the sources.' },
      costNote: { type: ['string', 'null'], description: 'Fees/funding as published; null when no source gave them.' },
      durationNote: { type: ['string', 'null'], description: 'Length as published; null when no source gave it.' },
      eligibilityNote: { type: 'string' },
      websiteUrl: { type: 'string', format: 'uri' },
      notesShort: { type: 'string' },
      sources: {
        type: 'array',
        items: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' }, title: { type: 'string' } } },
      },
      asOf: { type: 'string', description: 'Date of the information: YYYY or YYYY-MM-DD.' },
      lastVerifiedAt: { type: ['string', 'null'], format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  ProgramList: {
    type: 'object',
    required: ['total', 'page', 'perPage', 'filters', 'results'],
    properties: {
      total: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      perPage: { type: 'integer', minimum: 1, maximum: API_PER_PAGE_MAX },
      filters: {
        type: 'object',
        description: 'The canonical filter the request was read as.',
        properties: {
          q: { type: ['string', 'null'] },
          country: { type: 'array', items: { type: 'string' } },
          region: { type: 'array', items: { type: 'string' } },
          kind: { type: 'array', items: { type: 'string' } },
          format: { type: 'array', items: { type: 'string' } },
        },
      },
      results: { type: 'array', items: { $ref: '#/components/schemas/Program' } },
    },
  },
} as const;

export const programOpenApiPaths = {
  '/api/v1/programs': {
    get: {
      operationId: 'listPrograms',
      summary: 'Continuing-education, bridging and assessment programs for IMGs',
      description: 'Same filters as the /programs page. Sorted by name then slug; with `q`, better matches first.',
      parameters: [
        { name: 'q', in: 'query', required: false, description: 'Search in name, provider and notes (typo tolerant).', schema: { type: 'string', maxLength: Q_MAX_LENGTH } },
        csvParam('country', COUNTRY_VALUES, 'Country.'),
        csvParam('region', REGION_VALUES, 'Two-letter province/territory or state code, lower case.'),
        csvParam('kind', KIND_VALUES, 'Kind of program.'),
        csvParam('format', FORMAT_VALUES, 'Delivery mode.'),
        { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT, default: 1 } },
        { name: 'per_page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: API_PER_PAGE_MAX, default: API_PER_PAGE_DEFAULT } },
      ],
      responses: {
        '200': { description: 'One page of matching programs.', content: { 'application/json': { schema: { $ref: '#/components/schemas/ProgramList' } } } },
        '400': errorResponse('A parameter value is invalid; `issues` names each one ({param, value, reason}).'),
      },
    },
  },
  '/api/v1/programs/{slug}': {
    get: {
      operationId: 'getProgram',
      summary: 'One program',
      parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }],
      responses: {
        '200': { description: 'The program.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Program' } } } },
        '404': errorResponse('No published program has this slug.'),
      },
    },
  },
} as const;
