import type { TocEntry } from '@/lib/content/markdown';

/** Links to the article's h2/h3 headings; ids come from the sanitized HTML, so every link lands. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="toc">
      <h2 id="toc-heading" className="font-semibold">
        On this page
      </h2>
      <ol className="mt-2 space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : ''}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
