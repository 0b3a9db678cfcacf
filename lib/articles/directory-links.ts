// Finds the filtered directory views (/schools?… and /programs?…) a guide links to. Pure: the live counts
// and descriptions are added by directory-views.ts.
export type DirectoryLink = { kind: 'schools' | 'programs'; params: URLSearchParams };

const BASE = 'http://directory.invalid';

export function extractDirectoryLinks(hrefs: string[]): DirectoryLink[] {
  const seen = new Set<string>();
  const links: DirectoryLink[] = [];
  for (const href of hrefs) {
    if (!href.startsWith('/')) continue; // only links inside this site
    let url: URL;
    try {
      url = new URL(href, BASE);
    } catch {
      continue;
    }
    const kind = url.pathname === '/schools' ? 'schools' : url.pathname === '/programs' ? 'programs' : null;
    if (!kind || url.search === '') continue;
    url.searchParams.sort();
    const key = `${kind}?${url.searchParams}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ kind, params: url.searchParams });
  }
  return links;
}
