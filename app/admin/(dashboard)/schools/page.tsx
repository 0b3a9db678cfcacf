// /admin/schools — every school (drafts too): search by name or slug, filter by status or queue, sort. The
// Unknowns queue (queue=unknown) also lists the hints: sources that suggest a value for an unknown fact.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadList, type ListPageProps } from '@/lib/admin/load-list';
import { listSchoolsForAdmin, parseAdminSchoolList, type AdminSchoolList } from '@/lib/schools/admin-queries';
import { schoolKind } from '@/lib/schools/kind';
import { AdminListPage, VERIFIED_LISTING_COLUMNS } from '@/components/admin/AdminListPage';
import { ListFilters, STALE_QUEUE } from '@/components/admin/ListFilters';
import { HintList } from '@/components/admin/HintList';
import { listHints } from '@/lib/evidence/queues';
import { acceptHintAction, dismissHintAction } from './evidence-actions';

export const metadata: Metadata = { title: 'Schools' };

const QUEUES = { all: 'All schools', options: [STALE_QUEUE, { value: 'unknown', label: 'A policy not published' }] };

export default async function AdminSchoolsPage({ searchParams }: ListPageProps) {
  await requireRole('editor');
  const load = (list: AdminSchoolList) => Promise.all([listSchoolsForAdmin(list), list.queue === 'unknown' ? listHints() : null]);
  const { list, rows: [schools, hints], deleted } = await loadList(searchParams, parseAdminSchoolList, load);
  const filters = <ListFilters values={list} searchLabel="Name or slug" queues={QUEUES} sortable />;
  const columns = [{ label: 'State', cell: (school: (typeof schools)[number]) => school.state }, ...VERIFIED_LISTING_COLUMNS];
  const page = <AdminListPage title="Schools" kind={schoolKind} addLabel="Add a school" deleted={deleted} filters={filters} rows={schools} counted columns={columns} />;
  if (!hints) return page;
  return (
    <div className="space-y-8">
      {page}
      <HintList hints={hints} accept={acceptHintAction} dismiss={dismissHintAction} />
    </div>
  );
}
