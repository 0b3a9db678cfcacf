// The API description is generated from the handlers' own Zod schemas (decision 095). These tests hold it to
// that: the served document is valid OpenAPI, every route file has a path (and every path a route file), the
// query parameters are exactly the keys of the schema the handler parses with, and what the serializers
// answer has exactly the keys of the response schema.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { SCHOOL_API_QUERY } from '@/lib/api/school-params';
import { PROGRAM_API_QUERY } from '@/lib/api/program-params';
import { LENDER_API_QUERY } from '@/lib/api/lender-params';
import { toProgramJson } from '@/lib/api/program-json';
import { SCHOOL_JSON_KEYS } from '@/lib/api/school-json';
import { PROGRAM_JSON, SCHOOL_JSON } from '@/lib/api/response-schemas';
import { optionsOf } from '@/lib/filters/query';

type Parameter = { name: string; in: string; schema: { enum?: string[]; items?: { enum?: string[] } } };
type Operation = { parameters?: Parameter[]; responses: Record<string, unknown> };
type Document = { paths: Record<string, Record<string, Operation>> };

const API_ROOT = path.resolve('app/api/v1');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every app/api/v1/**\/route.ts as its URL path ("[slug]" → "{slug}") and the methods it exports. */
function routeFiles(): { path: string; methods: string[] }[] {
  return readdirSync(API_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => {
      const dir = path.dirname(file).split(path.sep).filter((part) => part !== '.');
      const source = readFileSync(path.join(API_ROOT, file), 'utf8');
      const methods = HTTP_METHODS.filter((m) => new RegExp(`export\\s+(async\\s+function|const|function)\\s+${m}\\b`).test(source));
      return { path: ['/api/v1', ...dir.map((part) => part.replace(/^\[(.+)\]$/, '{$1}'))].join('/'), methods: methods.map((m) => m.toLowerCase()) };
    });
}

const doc = buildOpenApiDocument('https://imgpathways.example') as unknown as Document;

describe('the generated OpenAPI document', () => {
  it('is what /api/v1/openapi.json serves, and it validates', async () => {
    const response = await getOpenApi(new Request('https://imgpathways.example/api/v1/openapi.json'));
    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served.paths).toEqual(JSON.parse(JSON.stringify(doc.paths)));
    // validate() dereferences in place, so it gets its own copy.
    await expect(SwaggerParser.validate(structuredClone(served))).resolves.toBeTruthy();
  });

  it('describes every route handler under app/api/v1, and nothing that is not served', () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map((r) => r.path).sort());
    for (const route of routes) expect(Object.keys(doc.paths[route.path]).sort(), route.path).toEqual(route.methods.sort());
  });

  it.each([
    ['/api/v1/schools', SCHOOL_API_QUERY],
    ['/api/v1/programs', PROGRAM_API_QUERY],
    ['/api/v1/lenders', LENDER_API_QUERY],
  ] as [string, z.ZodObject][])('lists the query parameters of %s exactly as the schema the handler parses with', (route, query) => {
    const parameters = doc.paths[route].get.parameters!.filter((p) => p.in === 'query');
    expect(parameters.map((p) => p.name)).toEqual(Object.keys(query.shape));
    for (const p of parameters) {
      const options = optionsOf(query.shape[p.name] as z.ZodType);
      if (options.length) expect(p.schema.items?.enum ?? p.schema.enum, p.name).toEqual([...options]);
    }
  });

  it('declares the path parameter of each single-resource route', () => {
    for (const route of Object.keys(doc.paths).filter((p) => p.includes('{'))) {
      const names = (route.match(/\{([^}]+)\}/g) ?? []).map((m) => m.slice(1, -1));
      expect(doc.paths[route].get.parameters!.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(names);
    }
  });

  it('response schemas have exactly the keys the serializers write', () => {
    expect(Object.keys(SCHOOL_JSON.shape)).toEqual([...SCHOOL_JSON_KEYS]);
    const program = toProgramJson({
      slug: 'p-1', name: 'P', provider: 'Org', country: 'CA', region: null, kind: 'bridging', format: 'online',
      costNote: null, durationNote: '12 weeks', eligibilityNote: 'IMGs', websiteUrl: 'https://example.org/p', notesShort: '',
      asOf: '2026', lastVerifiedAt: null, updatedAt: new Date('2026-01-02T00:00:00Z'), sources: [{ url: 'https://a.example', title: null }],
    });
    expect(Object.keys(program)).toEqual(Object.keys(PROGRAM_JSON.shape));
    expect(PROGRAM_JSON.strict().parse(program)).toEqual(program);
  });
});
