// The OpenAPI 3.1 description of JSON API v1, generated (zod-openapi) from the Zod schemas the handlers parse
// with (query and path parameters) and answer with (lib/api/response-schemas.ts), so a route's description
// cannot drift from its behaviour. A new route adds its path here; tests/unit/openapi.test.ts fails for any
// app/api/v1 route without one.
import { z } from 'zod';
import { createDocument, type ZodOpenApiResponseObject } from 'zod-openapi';
import { SCHOOL_API_QUERY } from './school-params';
import { PROGRAM_API_QUERY } from './program-params';
import { LENDER_API_QUERY } from './lender-params';
import { PROGRAM_SLUG, SCHOOL_SLUG } from './slugs';
import { ERROR_JSON, LENDER_LIST_JSON, PROGRAM_JSON, PROGRAM_LIST_JSON, SCHOOL_JSON, SCHOOL_LIST_JSON } from './response-schemas';

const json = (schema: z.ZodType, description: string): ZodOpenApiResponseObject => ({ description, content: { 'application/json': { schema } } });

const errors = {
  '400': json(ERROR_JSON, 'An invalid parameter value; every problem is listed in "issues".'),
  '503': json(ERROR_JSON, 'The database is unavailable; retry shortly.'),
  '500': json(ERROR_JSON, 'Unexpected error (no details are given).'),
};
/** A single resource: the path is checked by pattern (a bad slug is a 404, not a 400). */
const oneErrors = (what: string) => ({ '404': json(ERROR_JSON, `No published ${what} has this slug.`), '503': errors['503'], '500': errors['500'] });

/** A filtered list: its query schema is the one the handler parses with. */
function listRoute(operationId: string, summary: string, query: z.ZodObject, body: z.ZodType, description: string, more: { description?: string } = {}) {
  return { get: { operationId, summary, ...more, requestParams: { query }, responses: { '200': json(body, description), ...errors } } };
}

/** One published resource by slug: the path schema is the one the handler checks the slug with. */
function oneRoute(operationId: string, summary: string, slug: z.ZodString, body: z.ZodType, what: string) {
  return { get: { operationId, summary, requestParams: { path: z.object({ slug }) }, responses: { '200': json(body, `The ${what}.`), ...oneErrors(what) } } };
}

export function buildOpenApiDocument(serverUrl: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'IMG Pathways API',
      version: '1.0.0',
      description:
        'US medical schools (MD and DO) for international applicants, with aid, loan, cosigner and escrow policies, ' +
        'private lenders, and programs for international medical graduates. Takes the same filters as /schools and ' +
        '/programs. Every fact carries its sources and an as-of date.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/schools': listRoute('listSchools', 'Filtered school list', SCHOOL_API_QUERY, SCHOOL_LIST_JSON, 'One page of matching published schools.'),
      '/api/v1/schools/{slug}': oneRoute('getSchool', 'One published school', SCHOOL_SLUG, SCHOOL_JSON, 'school'),
      '/api/v1/lenders': listRoute('listLenders', 'Published private lenders', LENDER_API_QUERY, LENDER_LIST_JSON, 'Every matching published lender.'),
      '/api/v1/programs': listRoute(
        'listPrograms',
        'Continuing-education, bridging and assessment programs for IMGs',
        PROGRAM_API_QUERY,
        PROGRAM_LIST_JSON,
        'One page of matching published programs.',
        { description: 'Same filters as the /programs page. Sorted by name then slug; with `q`, better matches first.' },
      ),
      '/api/v1/programs/{slug}': oneRoute('getProgram', 'One published program', PROGRAM_SLUG, PROGRAM_JSON, 'program'),
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  });
}
