// /admin/events — every event, program and recording, drafts included, latest start first: status filter and
// queues (source page undated or older than 12 months; sessions without a date).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listEventsForAdmin, parseAdminEventList } from '@/lib/events/admin-queries';
import { eventKind } from '@/lib/events/kind';
import { formatStart } from '@/lib/events/when';
import { AdminListPage, type ListColumn } from '@/components/admin/AdminListPage';
import { ListFilters } from '@/components/admin/ListFilters';

export const metadata: Metadata = { title: 'Events' };

const QUEUES = {
  all: 'All events',
  options: [
    { value: 'stale', label: 'Source undated or older than 12 months' },
    { value: 'undated', label: 'Sessions without a date' },
  ],
};

const COLUMNS: ListColumn<Awaited<ReturnType<typeof listEventsForAdmin>>[number]>[] = [
  { label: 'Kind', cell: (e) => e.kind },
  { label: 'Start (as the source gives it)', cell: (e) => formatStart(e) ?? '—' },
  { label: 'Source date', cell: (e) => e.sourceDate ?? 'none' },
  { label: 'Status', cell: (e) => e.status },
];

export default async function AdminEventsPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const { list, ...loaded } = await loadList(searchParams, parseAdminEventList, listEventsForAdmin);
  const filters = <ListFilters values={list} queues={QUEUES} />;
  return <AdminListPage {...loaded} title="Events" kind={eventKind} addLabel="Add an event" filters={filters} counted nameLabel="Title" columns={COLUMNS} />;
}
