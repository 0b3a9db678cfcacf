// The sources list at the bottom of a school page: every page recorded for the school (its sources, then any
// page only the per-field evidence names), each with its kind, its date and the facts it speaks to.
import { hostOf } from '@/lib/hosts';
import {
  FIELD_SHORT_LABEL, evidenceValueLabel, sourceDateText, sourceKindLabel, type EvidenceRow, type PageFact,
} from '@/lib/evidence/display';

type Props = {
  sources: { url: string; title: string | null }[];
  evidence: readonly EvidenceRow[];
  facts: ReadonlyMap<string, PageFact[]>;
  asOf: string;
};

const factText = (f: PageFact) => `${FIELD_SHORT_LABEL[f.field] ?? f.field} (${evidenceValueLabel(f.field, f.value)})`;

export function SchoolSourceList({ sources, evidence, facts, asOf }: Props) {
  const listed = new Set(sources.map((s) => s.url));
  const pages = [...sources];
  for (const row of evidence) {
    if (listed.has(row.sourceUrl)) continue;
    listed.add(row.sourceUrl);
    pages.push({ url: row.sourceUrl, title: null });
  }
  if (pages.length === 0) return <p className="text-sm text-slate-600">No source recorded.</p>;
  const firstRow = new Map<string, EvidenceRow>();
  for (const row of evidence) if (!firstRow.has(row.sourceUrl)) firstRow.set(row.sourceUrl, row);
  return (
    <div className="text-sm">
      <ol className="list-decimal space-y-2 pl-5">
        {pages.map((page) => {
          const mine = facts.get(page.url) ?? [];
          const row = firstRow.get(page.url);
          const agrees = mine.filter((f) => f.agrees);
          const differs = mine.filter((f) => !f.agrees && !f.hint);
          const hints = mine.filter((f) => f.hint);
          return (
            <li key={page.url} className="break-words" data-source-url={page.url}>
              <a href={page.url} rel="noopener noreferrer nofollow" target="_blank" className="underline">
                {page.title ?? hostOf(page.url)}
              </a>{' '}
              <span className="text-slate-600">
                ({hostOf(page.url)}
                {row ? ` · ${sourceKindLabel(row.sourceKind)} · ${sourceDateText(row.sourceDate, asOf)}` : ''})
              </span>
              {agrees.length ? <p className="text-xs text-slate-700">Supports: {agrees.map(factText).join('; ')}</p> : null}
              {differs.length ? <p className="text-xs text-amber-900">Says otherwise: {differs.map(factText).join('; ')}</p> : null}
              {hints.length ? <p className="text-xs text-slate-700">Suggests, not confirmed: {hints.map(factText).join('; ')}</p> : null}
              {mine.length === 0 ? <p className="text-xs text-slate-600">Background reading; no single fact above rests on it.</p> : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-slate-600">Information as of {asOf}.</p>
    </div>
  );
}
