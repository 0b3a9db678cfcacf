// GET /api/v1/programs/[slug] — one published program, or 404.
import { toApiProgram } from '@/lib/programs/api';
import { getProgramBySlug } from '@/lib/programs/queries';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const program = /^[a-z0-9-]{1,120}$/.test(slug) ? await getProgramBySlug(slug) : null;
  if (!program) return Response.json({ error: `No program with slug "${slug.slice(0, 120)}"` }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return withHttpCaching(request, Response.json(toApiProgram(program)));
}
