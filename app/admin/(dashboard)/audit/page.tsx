// /admin/audit — the audit log, newest first: filter by entity type, actor email and date range; 50 per page.
// Entries about accounts and sign-ins are for admins only (lib/audit/list.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listAudit, parseAuditFilter, type AuditFilter } from '@/lib/audit/list';
import { History } from '@/components/admin/History';
import { FilterField, FilterForm } from '@/components/admin/ListFilters';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['entity', 'actor', 'from', 'to'] as const) if (filter[key]) params.set(key, filter[key]!);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/admin/audit${query ? `?${query}` : ''}`;
}

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireRole('editor');
  const filter = parseAuditFilter(await searchParams);
  const { total, page, perPage, entries } = await listAudit(filter, viewer);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const input = 'mt-1 rounded border border-slate-400 px-2 py-1';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <FilterForm>
        <FilterField id="entity" label="Record type">
          <select id="entity" name="entity" defaultValue={filter.entity ?? ''} className={input}>
            <option value="">Any</option>
            <option value="school">School</option>
            <option value="lender">Lender</option>
            <option value="program">Program</option>
            <option value="article">Article</option>
            <option value="event">Event</option>
            <option value="correction">Correction</option>
            {viewer.role === 'admin' ? (
              <>
                <option value="user">User</option>
                <option value="session">Sign-in</option>
              </>
            ) : null}
          </select>
        </FilterField>
        <FilterField id="actor" label="Actor email">
          <input id="actor" name="actor" defaultValue={filter.actor ?? ''} className={input} />
        </FilterField>
        <FilterField id="from" label="From">
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ''} className={input} />
        </FilterField>
        <FilterField id="to" label="To">
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ''} className={input} />
        </FilterField>
      </FilterForm>
      <p className="text-sm text-slate-700">
        {total} entries · page {page} of {pages}
      </p>
      <History
        entries={entries.map((e) => ({ ...e, action: `${e.action}${e.entitySlug ? ` · ${e.entitySlug}` : ''}` }))}
        labels={SCHOOL_FIELD_LABEL}
      />
      <nav aria-label="Audit pages" className="flex gap-4 text-sm">
        {page > 1 ? <Link href={pageHref(filter, page - 1)}>Newer entries</Link> : null}
        {page < pages ? <Link href={pageHref(filter, page + 1)}>Older entries</Link> : null}
      </nav>
    </div>
  );
}
