// GET /schools/[slug]/og — PNG link preview of one school's page.
import { getSchoolBySlug } from '@/lib/schools/queries';
import { FIELD_GROUPS } from '@/lib/schools/fields';
import { renderOgCard } from '@/lib/og/card';
import { withHttpCaching } from '@/lib/http/conditional';

const SHOWN = ['acceptsInternational', 'needBasedAidForInternationals', 'escrowOrProofOfFunds'];

async function card(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const school = await getSchoolBySlug((await params).slug);
  if (!school) return renderOgCard({ eyebrow: 'IMG Pathways', title: 'School not found' });
  const fields = FIELD_GROUPS.flatMap((g) => g.fields).filter((f) => SHOWN.includes(f.key));
  return renderOgCard({
    eyebrow: `${school.city}, ${school.state} · ${school.degree} · information as of ${school.asOf}`,
    title: school.name,
    lines: fields.map((f) => `${f.question.replace(/\?$/, '')}: ${f.value(school)}`),
  });
}

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return withHttpCaching(request, await card(request, context));
}
