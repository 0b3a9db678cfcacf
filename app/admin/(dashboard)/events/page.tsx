// /admin/events — every event, program and recording, drafts included, latest start first: status filter and
// queues (source page undated or older than 12 months; sessions without a date).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listEventsForAdmin, parseAdminEventList } from '@/lib/events/admin-queries';
import { formatStart } from '@/lib/events/when';
import { AdminListName, AdminListPage } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Events' };

const QUEUES = {
  all: 'All events',
  options: [
    { value: 'stale', label: 'Source undated or older than 12 months' },
    { value: 'undated', label: 'Sessions without a date' },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventsPage({ searchParams }: Props) {
  await requireRole('editor');
  const params = await searchParams;
  const list = parseAdminEventList(params);
  const events = await listEventsForAdmin(list);
  return (
    <AdminListPage
      title="Events"
      add={{ href: '/admin/events/new', label: 'Add an event' }}
      deleted={params.deleted}
      filters={<ListFilters values={list} queues={QUEUES} />}
      count={`${events.length} events`}
      columns={['Title', 'Kind', 'Start (as the source gives it)', 'Source date', 'Status']}
      testId="admin-events"
    >
      {events.map((e) => (
        <tr key={e.id} className="border-b border-slate-200">
          <AdminListName href={`/admin/events/${e.id}`} name={e.title} detail={e.slug} />
          <td className="p-2">{e.kind}</td>
          <td className="p-2">{formatStart(e) ?? '—'}</td>
          <td className="p-2">{e.sourceDate ?? 'none'}</td>
          <td className="p-2">{e.status}</td>
        </tr>
      ))}
    </AdminListPage>
  );
}
