// A published school's page, cached (ISR: rendered on first request, then served from the cache handler).
// proxy.ts rewrites /schools/<slug> here only for slugs of published schools and answers 404 to any other
// request for this route, so no visitor-chosen string becomes a cache entry. The render carries the tags of
// everything it shows: a save of the school, a lender or a guide expires it.
import type { Metadata } from 'next';
import { tagRender } from '@/lib/cache/cached';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { SchoolView, schoolMetadata } from '../../school-view';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = true;
/** A safety net for writes that bypass the admin (scripts, imports): no cached page is older than an hour. */
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return schoolMetadata((await params).slug);
}

export default async function CachedSchoolPage({ params }: Props) {
  const { slug } = await params;
  await tagRender(CACHE_TAGS.schools, CACHE_TAGS.school(slug), CACHE_TAGS.lenders, CACHE_TAGS.articles);
  return <SchoolView slug={slug} />;
}
