// The cached home page (ISR, rendered on first request, then served from the cache handler): proxy.ts rewrites
// GET / here and refuses any other /h/ path, so 'home' is the only entry. Its counts and latest guides carry
// every public tag: any admin save expires it (and purges it from a front cache, decision 061).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { tagRender } from '@/lib/cache/cached';
import { ALL_PUBLIC_TAGS } from '@/lib/cache/tags';
import { HomeView } from '../../home-view';

const HOME_PAGE_KEY = 'home';

type Props = { params: Promise<{ page: string }> };

export const metadata: Metadata = { alternates: { canonical: '/' } };

export const dynamicParams = true;
/** A safety net for writes that bypass the admin (scripts, imports): no cached home page is older than an hour. */
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ page: string }[]> {
  return [];
}

export default async function CachedHomePage({ params }: Props) {
  if ((await params).page !== HOME_PAGE_KEY) notFound();
  await tagRender(...ALL_PUBLIC_TAGS);
  return <HomeView />;
}
