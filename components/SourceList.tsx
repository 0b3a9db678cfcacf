type Source = { url: string; title: string | null };

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceList({ sources, asOf }: { sources: Source[]; asOf?: string }) {
  if (sources.length === 0) return <p className="text-sm text-slate-600">No source recorded.</p>;
  return (
    <div className="text-sm">
      <ol className="list-decimal space-y-1 pl-5">
        {sources.map((source) => (
          <li key={source.url} className="break-words">
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="underline">
              {source.title ?? hostOf(source.url)}
            </a>{' '}
            <span className="text-slate-500">({hostOf(source.url)})</span>
          </li>
        ))}
      </ol>
      {asOf ? <p className="mt-2 text-slate-600">Information as of {asOf}.</p> : null}
    </div>
  );
}
