// The cached /schools view (ISR, rendered on first request, then served from the cache handler). proxy.ts
// rewrites canonical /schools URLs here and answers 404 to direct requests, so only keys from
// cachedSchoolsKey() ever reach this route. The render is tagged 'schools': every admin school save expires it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { schoolsParamsFromKey } from '@/lib/cache/schools-key';
import { tagRender } from '@/lib/cache/cached';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { SchoolsView, schoolsMetadata } from '../../schools-view';

type Props = { params: Promise<{ key: string }> };

export const dynamicParams = true;
/** A safety net for writes that bypass the admin (scripts, imports): no cached view is older than an hour. */
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ key: string }[]> {
  return [];
}

async function paramsFor(props: Props): Promise<URLSearchParams> {
  // Next hands dynamic segments over percent-encoded ("degree%3Dmd").
  const params = schoolsParamsFromKey(decodeURIComponent((await props.params).key));
  if (!params) notFound();
  return params;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return schoolsMetadata(await paramsFor(props));
}

export default async function CachedSchoolsPage(props: Props) {
  const params = await paramsFor(props);
  await tagRender(CACHE_TAGS.schools);
  return <SchoolsView params={params} />;
}
