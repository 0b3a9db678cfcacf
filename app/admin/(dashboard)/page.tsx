// /admin — the work queues, each with its size and a link: stale listings, unpublished policy fields, hints for
// them, facts whose sources disagree, open reader corrections.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { countAdminQueues } from '@/lib/schools/admin-queries';
import { countEvidenceQueues } from '@/lib/evidence/queues';

export const metadata: Metadata = { title: 'Overview' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardHome({ searchParams }: Props) {
  await requireRole('editor');
  const forbidden = (await searchParams).forbidden === '1';
  const [queues, evidence] = await Promise.all([countAdminQueues(), countEvidenceQueues()]);
  const cards = [
    { label: 'Schools not verified in 12 months', count: queues.staleSchools, href: '/admin/schools?queue=stale', testId: 'queue-stale-schools' },
    { label: 'Schools with a policy not published', count: queues.unknownSchools, href: '/admin/schools?queue=unknown', testId: 'queue-unknown' },
    { label: 'Hints for facts still unknown', count: evidence.hints, href: '/admin/schools?queue=unknown#hints', testId: 'queue-hints' },
    { label: 'Facts whose sources disagree', count: evidence.disagreements, href: '/admin/disagreements', testId: 'queue-disagreements' },
    { label: 'Lenders not verified in 12 months', count: queues.staleLenders, href: '/admin/lenders?queue=stale', testId: 'queue-stale-lenders' },
    { label: 'Programs not verified in 12 months', count: queues.stalePrograms, href: '/admin/programs?queue=stale', testId: 'queue-stale-programs' },
    { label: 'Programs whose format is not published', count: queues.unknownPrograms, href: '/admin/programs?queue=unknown', testId: 'queue-unknown-programs' },
    { label: 'Open reader corrections', count: queues.openCorrections, href: '/admin/corrections?status=open', testId: 'queue-corrections' },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {forbidden ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          That page is for admins only.
        </p>
      ) : null}
      <h2 className="text-lg font-semibold">Work queues</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.testId} className="rounded border border-slate-200 bg-white p-4">
            <p className="text-3xl font-bold" data-testid={card.testId}>
              {card.count}
            </p>
            <p className="text-sm text-slate-700">
              <Link href={card.href}>{card.label}</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
