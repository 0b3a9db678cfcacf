// Reads SOURCES.md ("- <url> — <title>. Supplied: …") into a url → title map, so seeded sources carry a
// human-readable title next to their link.
export function parseSourceTitles(markdown: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const match = /^- (https?:\/\/\S+) — (.+?)(?:\. Supplied:.*)?$/.exec(line.trim());
    if (match) titles.set(match[1], match[2].trim());
  }
  return titles;
}
