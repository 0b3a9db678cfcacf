// A URL's host without "www.", the name a page goes by when it has no recorded title. Pure.
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
