// The compare table: one column per school, one row per field; rows where the schools differ are tinted
// and say "differs" in words (colour alone is not enough), each fact links to the page it comes from, with
// that page's kind and date, and "disputed" when another page says otherwise (the school page shows which).
import Link from 'next/link';
import type { CompareGroup } from '@/lib/compare/rows';
import { hostOf } from '../SourceList';
import { ShortlistButton } from '../tools/ToolButtons';

function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

type Column = { slug: string; name: string; removeHref: string | null };

export function CompareTable({ columns, groups }: { columns: Column[]; groups: CompareGroup[] }) {
  return (
    <>
      {columns.length > 2 ? (
        <p className="no-print text-sm text-slate-600">
          With many schools the table scrolls sideways; the first column, with the “differs” marks, stays in place.
        </p>
      ) : null}
      {/* A focusable, labelled region, so keyboard users can scroll it too; relative, so that the visually hidden
          labels (absolutely positioned) scroll inside it instead of widening the page. */}
      <div className="compare-scroll relative overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table className="compare-table w-full border-collapse text-sm" data-testid="compare-table">
          <caption id="compare-caption" className="px-3 py-2 text-left text-slate-700">
            Comparison of {joinNames(columns.map((c) => c.name))}. Rows marked “differs” are where the schools’ published facts are not the same.
          </caption>
          <thead>
            <tr className="bg-slate-100">
              <td className="compare-sticky w-32 bg-slate-100 p-3 sm:w-48" />
              {columns.map((c) => (
                <th key={c.slug} scope="col" className="min-w-[9.5rem] p-3 text-left align-top font-semibold">
                  <Link href={`/schools/${c.slug}`}>{c.name}</Link>
                  <span className="mt-1 block font-normal">
                    <ShortlistButton slug={c.slug} name={c.name} />
                  </span>
                  {c.removeHref ? (
                    <span className="no-print mt-1 block text-xs font-normal">
                      <Link href={c.removeHref} aria-label={`Remove ${c.name} from the comparison`}>
                        Remove
                      </Link>
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.title}>
              <tr>
                <th scope="colgroup" colSpan={columns.length + 1} className="bg-slate-50 px-3 pt-4 pb-1 text-left text-base font-semibold">
                  <span className="compare-sticky-title">{group.title}</span>
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key} className={`border-t border-slate-100 align-top ${row.differs ? 'compare-differs bg-amber-50' : ''}`} data-differs={row.differs}>
                  <th scope="row" className={`compare-sticky p-3 text-left font-medium text-slate-800 ${row.differs ? 'bg-amber-50' : 'bg-white'}`}>
                    {row.label}
                    {row.differs ? <span className="ml-1 rounded bg-amber-200 px-1 text-xs font-semibold text-amber-950">differs</span> : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={columns[i].slug} className="p-3">
                      {cell.text}
                      {cell.sourceUrl ? (
                        <span className="mt-1 block text-xs">
                          <a href={cell.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                            Source<span className="sr-only"> for {columns[i].name}: {row.label}</span>
                          </a>{' '}
                          <span className="text-slate-600">
                            ({hostOf(cell.sourceUrl)}
                            {cell.sourceKind ? ` · ${cell.sourceKind} · ${cell.sourceDate}` : ''})
                          </span>
                        </span>
                      ) : null}
                      {cell.hinted ? (
                        <span className="mt-1 block text-xs" data-hinted>
                          <Link href={`/schools/${columns[i].slug}#${row.key}`} className="underline">
                            not confirmed; a page suggests a value
                          </Link>
                        </span>
                      ) : null}
                      {cell.disputed ? (
                        <span className="mt-1 block text-xs" data-disputed>
                          <span className="rounded bg-amber-100 px-1 font-semibold text-amber-950">disputed</span>{' '}
                          <Link href={`/schools/${columns[i].slug}#${row.key}`} className="underline">another source says otherwise</Link>
                        </span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
