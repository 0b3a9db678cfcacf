// The frame every admin list page shares: title with its "add" link, the notice after a delete, the filter
// form, how many rows match, and the table (its header cells here, its rows from the page).
import Link from 'next/link';

type Props = {
  title: string;
  add: { href: string; label: string };
  /** The `deleted` search parameter a delete redirects with (the deleted listing's name). */
  deleted: string | string[] | undefined;
  filters: React.ReactNode;
  /** e.g. "12 schools"; omitted for lists that do not show a count. */
  count?: string;
  columns: string[];
  testId: string;
  children: React.ReactNode;
};

export function AdminListPage({ title, add, deleted, filters, count, columns, testId, children }: Props) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        <Link href={add.href} className="rounded bg-brand-700 px-3 py-1 font-medium text-white no-underline hover:bg-brand-900">
          {add.label}
        </Link>
      </div>
      {typeof deleted === 'string' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted {deleted}.
        </p>
      ) : null}
      {filters}
      {count ? <p className="text-sm text-slate-700">{count}</p> : null}
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody data-testid={testId}>{children}</tbody>
      </table>
    </div>
  );
}

/** The first cell of a row: the listing's name linking to its edit page, with a grey second line. */
export function AdminListName({ href, name, detail }: { href: string; name: string; detail: string }) {
  return (
    <td className="p-2">
      <Link href={href}>{name}</Link>
      <span className="block text-xs text-slate-600">{detail}</span>
    </td>
  );
}
