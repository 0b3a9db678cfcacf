import Link from 'next/link';
import { Badge } from '../Badge';
import { VerifiedNote } from '../VerifiedNote';
import { FORMAT_LABEL, KIND_LABEL, noteOrUnpublished, placeLabel } from '@/lib/programs/labels';
import type { ExportProgram } from '@/lib/programs/export';

/** What a card shows: a program's export row without its long texts and sources. */
export type ProgramCardData = Omit<ExportProgram, 'eligibilityNote' | 'websiteUrl' | 'notesShort' | 'sources'>;

/** The kind and format badges, on the card and on the program's own page. */
export function ProgramBadges({ program }: { program: Pick<ProgramCardData, 'kind' | 'format'> }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Kind and format">
      <li>
        <Badge tone="blue">{KIND_LABEL[program.kind] ?? program.kind}</Badge>
      </li>
      <li>
        <Badge tone="slate">{FORMAT_LABEL[program.format] ?? program.format}</Badge>
      </li>
    </ul>
  );
}

export function ProgramCard({ program }: { program: ProgramCardData }) {
  return (
    <article className="print-break-avoid listing-card" data-slug={program.slug}>
      <h3 className="text-base font-semibold">
        <Link href={`/programs/${program.slug}`}>{program.name}</Link>
      </h3>
      <p className="text-sm text-slate-700">{program.provider}</p>
      <p className="text-sm text-slate-600">{placeLabel(program.country, program.region)}</p>
      <ProgramBadges program={program} />
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">Cost: </dt>
          <dd className="inline">{noteOrUnpublished(program.costNote)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Duration: </dt>
          <dd className="inline">{noteOrUnpublished(program.durationNote)}</dd>
        </div>
      </dl>
      <p className="mt-2">
        <VerifiedNote lastVerifiedAt={program.lastVerifiedAt} asOf={program.asOf} />
      </p>
    </article>
  );
}
