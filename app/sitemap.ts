// /sitemap.xml — the static pages and every published school, lender, guide and program, absolute URLs.
import type { MetadataRoute } from 'next';
import { listSitemapEntries } from '@/lib/sitemap/entries';
import { siteUrl } from '@/lib/site';

// Built per request: it must list a school the moment an editor publishes it, and the build has no database.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const entries = await listSitemapEntries();
  return entries.map((entry) => ({ url: `${origin}${entry.path === '/' ? '' : entry.path}`, lastModified: entry.lastModified }));
}
