// GET /api/v1/openapi.json — the OpenAPI 3.1 description of JSON API v1.
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(request, await withApiErrors(async () => Response.json(buildOpenApiDocument(siteUrl()))));
}
