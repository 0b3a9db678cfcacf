// Schools a search matched that say they do not accept international applicants: named, with the page that
// says so, so "no results" is never the answer to a question about a school.
import Link from 'next/link';
import type { SchoolSayingNo } from '@/lib/schools/says-no';
import { sourceKindLabel } from '@/lib/evidence/labels';
import { hostOf } from '@/lib/hosts';

export function SaysNoList({ schools, query }: { schools: SchoolSayingNo[]; query: string }) {
  if (schools.length === 0) return null;
  return (
    <section aria-labelledby="says-no-heading" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4" data-testid="says-no">
      <h2 id="says-no-heading" className="text-lg font-semibold text-slate-900">
        Matching “{query}”: schools that say they do not accept international applicants
      </h2>
      <ul className="mt-2 space-y-2">
        {schools.map((s) => (
          <li key={s.slug}>
            <Link href={`/schools/${s.slug}`} className="font-semibold">
              {s.name}
            </Link>{' '}
            says it does not accept international applicants.
            {s.sourceUrl ? (
              <span className="block text-sm text-slate-700">
                Source:{' '}
                <a href={s.sourceUrl} className="underline">
                  {s.sourceTitle ?? hostOf(s.sourceUrl)}
                </a>
                {s.sourceKind ? ` (${sourceKindLabel(s.sourceKind)})` : ''}
                {`, ${s.sourceDate ? `dated ${s.sourceDate}` : 'undated page'}`}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
