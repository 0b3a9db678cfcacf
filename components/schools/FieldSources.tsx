// Beside one field's value: the pages that state it, the pages that say something else ("Another source
// says …") and, for a field still unknown, the pages that hint at a value ("Not confirmed — … suggests …").
import {
  disagreeText, hintText, pageTitle, sourceDateText, sourceKindLabel, type EvidenceRow, type FieldEvidence,
} from '@/lib/evidence/display';

type Props = { evidence: FieldEvidence; titles: ReadonlyMap<string, string | null>; asOf: string };

function PageRef({ row, titles, asOf }: { row: EvidenceRow; titles: Props['titles']; asOf: string }) {
  return (
    <>
      <a href={row.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-words underline">
        {pageTitle(row.sourceUrl, titles)}
      </a>
      <span className="text-slate-600">
        {' '}
        · {sourceKindLabel(row.sourceKind)} · {sourceDateText(row.sourceDate, asOf)}
      </span>
    </>
  );
}

export function FieldSources({ evidence, titles, asOf }: Props) {
  const { agree, disagree, hints, known } = evidence;
  return (
    <div className="mt-2 space-y-1 text-xs" data-evidence={evidence.spec.field}>
      {agree.length ? (
        <ul className="space-y-0.5" aria-label="Pages that state this">
          {agree.map((row) => (
            <li key={row.sourceUrl} data-agree>
              <span className="font-medium text-slate-700">Source: </span>
              <PageRef row={row} titles={titles} asOf={asOf} />
            </li>
          ))}
        </ul>
      ) : known ? (
        <p className="text-slate-600">No page we list states this value; ask the school to confirm it.</p>
      ) : null}
      {disagree.map((row) => (
        <p key={row.sourceUrl} data-disagree className="rounded bg-amber-50 px-2 py-1 text-amber-900 ring-1 ring-amber-200">
          {disagreeText(row)}: <PageRef row={row} titles={titles} asOf={asOf} />
        </p>
      ))}
      {hints.map((row) => (
        <p key={row.sourceUrl} data-hint className="rounded bg-slate-50 px-2 py-1 text-slate-800 ring-1 ring-slate-200">
          {hintText(row)}: <PageRef row={row} titles={titles} asOf={asOf} />
        </p>
      ))}
    </div>
  );
}
