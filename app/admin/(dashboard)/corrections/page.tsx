// /admin/corrections — readers' "Report a problem" submissions: open (oldest first), resolved, dismissed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listCorrections, parseCorrectionList } from '@/lib/corrections/queries';
import { correctionFieldLabel, CORRECTION_STATUSES } from '@/lib/corrections/fields';
import { CorrectionCloseForm } from '@/components/admin/CorrectionCloseForm';
import { resolveCorrectionAction } from './actions';

export const metadata: Metadata = { title: 'Corrections' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PUBLIC_PATH: Record<string, string> = { school: '/schools', lender: '/lenders', program: '/programs' };
const STATUS_LABEL: Record<string, string> = { open: 'Open', resolved: 'Resolved', dismissed: 'Dismissed' };

export default async function CorrectionsPage({ searchParams }: Props) {
  await requireRole('editor');
  const { status } = parseCorrectionList(await searchParams);
  const { counts, rows } = await listCorrections(status);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Reader corrections</h1>
      <nav aria-label="Correction status">
        <ul className="flex gap-4 text-sm">
          {CORRECTION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/corrections?status=${s}`} aria-current={s === status ? 'page' : undefined} className={s === status ? 'font-bold' : undefined}>
                {STATUS_LABEL[s]} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? <p className="text-sm text-slate-700">No {status} reports.</p> : null}
      <ol className="space-y-3" data-testid="corrections">
        {rows.map((c) => (
          <li key={c.id} className="space-y-2 rounded border border-slate-200 bg-white p-4 text-sm">
            <p>
              <strong>{correctionFieldLabel(c.entityType, c.field)}</strong> on {c.entityType}{' '}
              <Link href={`${PUBLIC_PATH[c.entityType] ?? ''}/${c.entitySlug}`} className="underline">
                {c.entitySlug}
              </Link> · reported{' '}
              <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
              {c.email ? (
                <>
                  {' '}
                  by{' '}
                  <a href={`mailto:${c.email}`} className="underline">
                    {c.email}
                  </a>
                </>
              ) : null}
            </p>
            <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-slate-800">{c.message}</blockquote>
            {c.status === 'open' ? (
              <CorrectionCloseForm action={resolveCorrectionAction} id={c.id} />
            ) : (
              <p className="text-slate-700">
                {STATUS_LABEL[c.status]} by {c.resolvedBy ?? 'an editor'}
                {c.resolvedAt ? ` on ${c.resolvedAt.toISOString().slice(0, 10)}` : ''}: {c.resolutionNote}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
