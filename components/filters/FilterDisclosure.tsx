// A directory's filter panel. On narrow screens it is a collapsed native disclosure above the results
// ("Filters (2)"), so the results come first and it opens without JavaScript; from 768 px up it is always open
// beside the results and its toggle is hidden (globals.css, .filter-disclosure). Browsers that cannot style a
// closed disclosure's content keep the toggle at every width.
export function FilterDisclosure({ active, children }: { active: number; children: React.ReactNode }) {
  return (
    <details className="filter-disclosure rounded-lg border border-slate-200 bg-white px-3 py-2 md:p-4" data-testid="filter-panel">
      <summary className="cursor-pointer text-sm font-semibold">
        Filters
        {active > 0 ? (
          <>
            <span aria-hidden="true"> ({active})</span>
            <span className="sr-only">, {active} active</span>
          </>
        ) : null}
      </summary>
      <div className="filter-disclosure-body">{children}</div>
    </details>
  );
}
