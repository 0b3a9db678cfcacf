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
      '/api/v1/schools': {
        get: {
          operationId: 'listSchools',
          summary: 'Filtered school list',
          requestParams: { query: SCHOOL_API_QUERY },
          responses: { '200': json(SCHOOL_LIST_JSON, 'One page of matching published schools.'), ...errors },
        },
      },
      '/api/v1/schools/{slug}': {
        get: {
          operationId: 'getSchool',
          summary: 'One published school',
          requestParams: { path: z.object({ slug: SCHOOL_SLUG }) },
          responses: { '200': json(SCHOOL_JSON, 'The school.'), ...oneErrors('school') },
        },
      },
      '/api/v1/lenders': {
        get: {
          operationId: 'listLenders',
          summary: 'Published private lenders',
          requestParams: { query: LENDER_API_QUERY },
          responses: { '200': json(LENDER_LIST_JSON, 'Every matching published lender.'), ...errors },
        },
      },
      '/api/v1/programs': {
        get: {
          operationId: 'listPrograms',
          summary: 'Continuing-education, bridging and assessment programs for IMGs',
          description: 'Same filters as the /programs page. Sorted by name then slug; with `q`, better matches first.',
          requestParams: { query: PROGRAM_API_QUERY },
          responses: { '200': json(PROGRAM_LIST_JSON, 'One page of matching published programs.'), ...errors },
        },
      },
      '/api/v1/programs/{slug}': {
        get: {
          operationId: 'getProgram',
          summary: 'One published program',
          requestParams: { path: z.object({ slug: PROGRAM_SLUG }) },
          responses: { '200': json(PROGRAM_JSON, 'The program.'), ...oneErrors('program') },
        },
      },
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
