// The frame every admin list page shares: title with its "add" link, the notice after a delete, the filter
// form, how many rows match, and the table, its rows drawn from the page's columns: first the listing's name
// (or title) linking to its edit page with a grey second line (the slug unless the page says), then one cell
// per column.
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { TableHead } from './TableHead';

export type ListColumn<R> = { label: string; cell: (row: R) => React.ReactNode };

type Props<R> = {
  title: string;
  /** The kind's dashboard list (e.g. /admin/lenders): rows link to `${adminPath}/${id}`, "add" to `${adminPath}/new`. */
  kind: { noun: string; adminPath: string };
  addLabel: string;
  /** The `deleted` search parameter a delete redirects with (the deleted listing's name). */
  deleted: string | string[] | undefined;
  filters: React.ReactNode;
  rows: R[];
  /** Show "12 schools" above the table. */
  counted?: boolean;
  /** The first column's header; "Name" unless given. */
  nameLabel?: string;
  /** The first column's second line; the slug unless given. */
  detail?: (row: R) => string;
  columns: ListColumn<R>[];
};

/** The status and dates columns of the listings that are verified (schools, lenders, programs). */
export const VERIFIED_LISTING_COLUMNS: ListColumn<{ status: string; lastVerifiedAt: Date | null; updatedAt: Date }>[] = [
  { label: 'Status', cell: (row) => row.status },
  { label: 'Last verified', cell: (row) => (row.lastVerifiedAt ? formatDate(row.lastVerifiedAt) : 'Never') },
  { label: 'Updated', cell: (row) => formatDate(row.updatedAt) },
];

type ListingRow = { id: number; slug: string } & ({ name: string } | { title: string });

export function AdminListPage<R extends ListingRow>({ title, kind, addLabel, deleted, filters, rows, counted, nameLabel = 'Name', detail = (row) => row.slug, columns }: Props<R>) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        <Link href={`${kind.adminPath}/new`} className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          {addLabel}
        </Link>
      </div>
      {typeof deleted === 'string' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {deleted}.
        </p>
      ) : null}
      {filters}
      {counted ? <p className="text-sm text-slate-700">{`${rows.length} ${kind.noun}s`}</p> : null}
      <table className="w-full border-collapse bg-white text-sm">
        <TableHead labels={[nameLabel, ...columns.map((column) => column.label)]} />
        <tbody data-testid={`admin-${kind.noun}s`}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`${kind.adminPath}/${row.id}`}>{'name' in row ? row.name : row.title}</Link>
                <span className="block text-xs text-slate-600">{detail(row)}</span>
              </td>
              {columns.map((column) => (
                <td key={column.label} className="p-2">
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
