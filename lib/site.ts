// The site's public origin, for absolute links in metadata, feeds, sitemaps and exports.
export function siteUrl(): string {
  const configured = process.env.SITE_URL;
  if (configured && /^https?:\/\//.test(configured)) return configured.replace(/\/+$/, '');
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
