// Strict API parsing (400 with every issue), the error mapper, export request parsing and the Origin check,
// and the OpenAPI document's coverage of the parameters.
import { describe, expect, it } from 'vitest';
import { ZodError, z } from 'zod';
import { BadRequestError, NotFoundError, mapApiError } from '@/lib/api/errors';
import { parseApiSchoolQuery } from '@/lib/api/school-params';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { SCHOOL_JSON_KEYS } from '@/lib/api/school-json';
import { assertSameOrigin, parseExportPost, parseExportQuery, SHORTLIST_MAX } from '@/lib/export/request';
import { DEGREE_VALUES, SORT_VALUES } from '@/lib/schools/filters';

const q = (s: string) => new URLSearchParams(s);
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return mapApiError(error);
  }
  throw new Error('expected a throw');
};

describe('parseApiSchoolQuery', () => {
  it('accepts valid filters with paging and defaults per_page to 20', () => {
    const { filter, perPage } = parseApiSchoolQuery(q('degree=do,md&state=NY&page=2&unknown=1'));
    expect(filter.degree).toEqual(['md', 'do']);
    expect(filter.state).toEqual(['ny']);
    expect(filter.page).toBe(2);
    expect(perPage).toBe(20);
    expect(parseApiSchoolQuery(q('per_page=100')).perPage).toBe(100);
  });

  it('answers 400 listing every invalid value', () => {
    const { status, body } = issuesOf(() => parseApiSchoolQuery(q('degree=xx,md&funds=lots&per_page=0')));
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { param: 'degree', value: 'xx', reason: 'must be one of md, do' },
      { param: 'funds', value: 'lots', reason: 'must be one of none, proof, escrow' },
      { param: 'per_page', value: '0', reason: 'a whole number from 1 to 100' },
    ]);
    expect(body.error).toMatch(/degree, funds, per_page/);
  });

  it.each(['101', 'abc', '-1', '1.5', '99999'])('refuses per_page=%s', (value) => {
    expect(issuesOf(() => parseApiSchoolQuery(q(`per_page=${value}`))).status).toBe(400);
  });

  it('include=evidence asks for evidence on the list; any other include is a 400 naming it', () => {
    expect(parseApiSchoolQuery(q('')).includeEvidence).toBe(false);
    expect(parseApiSchoolQuery(q('include=evidence')).includeEvidence).toBe(true);
    expect(parseApiSchoolQuery(q('include=Evidence,')).includeEvidence).toBe(true);
    const { status, body } = issuesOf(() => parseApiSchoolQuery(q('include=evidence,everything')));
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ param: 'include', value: 'everything', reason: 'must be one of evidence' }]);
  });
});

describe('mapApiError', () => {
  it('maps each kind of error to its status without leaking details', () => {
    expect(mapApiError(new NotFoundError('no such school')).status).toBe(404);
    expect(mapApiError(new BadRequestError('bad')).status).toBe(400);
    const zod = z.object({ a: z.number() }).safeParse({ a: 'x' }).error as ZodError;
    expect(mapApiError(zod)).toMatchObject({ status: 400, body: { issues: [{ param: 'a' }] } });
    expect(mapApiError(Object.assign(new Error('x'), { cause: { kind: 'DatabaseNotReachable' } })).status).toBe(503);
    expect(mapApiError(Object.assign(new Error('x'), { code: 'P1001' })).status).toBe(503);
    expect(mapApiError(new Error('secret stack detail'))).toEqual({ status: 500, body: { error: 'Something went wrong on our side.' } });
  });
});

describe('export requests', () => {
  it('reads a shortlist in the given order, dropping malformed slugs and duplicates', () => {
    expect(parseExportQuery(q('schools=b-md,a-do,,B-MD,../x,a-do')).selection).toEqual({ kind: 'shortlist', slugs: ['b-md', 'a-do'] });
  });

  it('is strict about filters: an invalid value is a 400', () => {
    expect(parseExportQuery(q('degree=md&page=3')).selection).toMatchObject({ kind: 'filter', filter: { degree: ['md'], page: 1 } });
    expect(issuesOf(() => parseExportQuery(q('degree=xx'))).status).toBe(400);
  });

  it('keeps notes only for listed schools and refuses bad bodies', () => {
    expect(parseExportPost({ schools: ['a-md', 'b-do'], notes: { 'a-md': ' call in May ', 'c-md': 'dropped', 'b-do': ' ' } })).toEqual({
      selection: { kind: 'shortlist', slugs: ['a-md', 'b-do'] },
      notes: { 'a-md': 'call in May' },
    });
    for (const bad of [null, [], { schools: 'a' }, { schools: [], extra: 1 }, { schools: ['a'], notes: { a: 'x'.repeat(2001) } }]) {
      expect(issuesOf(() => parseExportPost(bad)).status).toBe(400);
    }
    const tooMany = Array.from({ length: SHORTLIST_MAX + 1 }, (_, i) => `s-${i}`);
    expect(issuesOf(() => parseExportPost({ schools: tooMany })).status).toBe(400);
  });

  it('refuses cross-origin posts', () => {
    const site = 'https://imgpathways.example';
    const status = (init: Record<string, string>, hops = 0) => {
      try {
        assertSameOrigin(new Headers(init), site, hops);
        return 200;
      } catch (error) {
        return mapApiError(error).status;
      }
    };
    expect(status({ origin: site })).toBe(200);
    expect(status({ origin: 'http://127.0.0.1:3201', host: '127.0.0.1:3201' })).toBe(200);
    // X-Forwarded-Host counts only behind trusted proxies (TRUSTED_PROXY_HOPS > 0; issue 15).
    expect(status({ origin: 'https://app.example', host: 'internal:3000', 'x-forwarded-host': 'app.example' }, 1)).toBe(200);
    expect(status({ origin: 'https://evil.example', host: 'imgpathways.example', 'x-forwarded-host': 'evil.example' })).toBe(403);
    expect(status({})).toBe(200);
    expect(status({ 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(status({ origin: 'https://evil.example', host: 'imgpathways.example' })).toBe(403);
    expect(status({ origin: 'https://evil.example' })).toBe(403);
    expect(status({ origin: 'null', host: 'imgpathways.example' })).toBe(403);
    expect(status({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(status({ 'sec-fetch-site': 'same-site' })).toBe(403);
  });
});

describe('OpenAPI document', () => {
  const doc = JSON.parse(JSON.stringify(buildOpenApiDocument('https://imgpathways.example'))) as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, { get: { parameters?: { name: string; schema: { enum?: string[]; items?: { enum?: string[] } } }[]; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };

  it('is OpenAPI 3.1 and lists every endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe('https://imgpathways.example');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/lenders', '/api/v1/openapi.json', '/api/v1/programs', '/api/v1/programs/{slug}', '/api/v1/schools', '/api/v1/schools/{slug}',
    ]);
  });

  it('describes every filter with its enum values, paging and the 400 shape', () => {
    const params = Object.fromEntries(doc.paths['/api/v1/schools'].get.parameters!.map((p) => [p.name, p.schema]));
    expect(Object.keys(params)).toEqual(['q', 'degree', 'state', 'ownership', 'intl', 'aid', 'cosigner', 'funds', 'coursework', 'daca', 'canada', 'tuition_max', 'source', 'sort', 'page', 'per_page', 'include']);
    // include is read as a comma-separated list (include=evidence,…), so the generated form is an array.
    expect(params.include.items?.enum).toEqual(['evidence']);
    expect(Object.keys(doc.components.schemas.Evidence.properties)).toEqual(['field', 'value', 'sourceUrl', 'sourceDate', 'sourceKind']);
    expect(params.degree.items?.enum).toEqual([...DEGREE_VALUES]);
    expect(params.sort.enum).toEqual([...SORT_VALUES]);
    expect(doc.paths['/api/v1/schools'].get.responses['400']).toBeDefined();
    expect(Object.keys(doc.components.schemas.Error.properties)).toEqual(['error', 'issues']);
    expect(Object.keys(doc.components.schemas.School.properties)).toEqual([...SCHOOL_JSON_KEYS]);
  });
});
