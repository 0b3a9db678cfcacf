// GET /api/v1/openapi.json — the OpenAPI 3.1 description of JSON API v1.
import { API_CACHE_HEADERS, withApiErrors } from '@/lib/api/errors';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export function GET() {
  return withApiErrors(async () => Response.json(buildOpenApiDocument(siteUrl()), { headers: API_CACHE_HEADERS }));
}
