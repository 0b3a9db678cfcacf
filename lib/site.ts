// The site's public origin, for absolute links in metadata, feeds, sitemaps and exports.
import { env } from './env';

export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return SITE_URL ? SITE_URL.replace(/\/+$/, '') : `http://localhost:${PORT}`;
}
