// /admin/corrections — readers' "Report a problem" submissions: open (oldest first), resolved, dismissed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listCorrections, parseCorrectionList } from '@/lib/corrections/queries';
import { correctionFieldLabel } from '@/lib/corrections/fields';
import { SubmissionItem, SubmissionList, SubmittedBy } from '@/components/admin/SubmissionList';
import { Timestamp } from '@/components/admin/Timestamp';
import { resolveCorrectionAction } from './actions';

export const metadata: Metadata = { title: 'Corrections' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PUBLIC_PATH: Record<string, string> = { school: '/schools', lender: '/lenders', program: '/programs' };

export default async function CorrectionsPage({ searchParams }: Props) {
  await requireRole('editor');
  const { status } = parseCorrectionList(await searchParams);
  const { counts, rows } = await listCorrections(status);
  const nav = { label: 'Correction status', path: '/admin/corrections', status, counts };
  return (
    <SubmissionList title="Reader corrections" nav={nav} empty={rows.length ? null : <>No {status} reports.</>} testId="corrections">
      {rows.map((c) => (
        <SubmissionItem key={c.id} submission={c} action={resolveCorrectionAction} closedBy={c.resolvedBy ?? 'an editor'}>
          <p>
            <strong>{correctionFieldLabel(c.entityType, c.field)}</strong> on {c.entityType}{' '}
            <Link href={`${PUBLIC_PATH[c.entityType] ?? ''}/${c.entitySlug}`} className="underline">
              {c.entitySlug}
            </Link> · reported{' '}
            <Timestamp date={c.createdAt} />
            <SubmittedBy email={c.email} />
          </p>
          <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-slate-800">{c.message}</blockquote>
        </SubmissionItem>
      ))}
    </SubmissionList>
  );
}
