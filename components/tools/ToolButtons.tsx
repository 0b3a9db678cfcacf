// The shortlist star and compare toggle of one school as plain server-rendered markup: no JavaScript per
// button. A ToolsIsland around them (one per list) handles their clicks and sets aria-pressed from this
// browser's store; the look follows aria-pressed through CSS, so the island changes one attribute. Hidden
// without JavaScript (.js-only): there would be nothing to store, and a dead button would mislead.

const BUTTON = 'group inline-flex items-center gap-1 rounded border px-2.5 py-1 text-sm font-medium';
const UNPRESSED = 'border-slate-300 bg-white text-slate-800 not-aria-pressed:hover:bg-slate-50';

/** Two glyphs, one shown: the unpressed one until aria-pressed="true". */
function Glyph({ off, on }: { off: string; on: string }) {
  return (
    <>
      <span aria-hidden="true" className="group-aria-pressed:hidden">
        {off}
      </span>
      <span aria-hidden="true" className="hidden group-aria-pressed:inline">
        {on}
      </span>
    </>
  );
}

export function ShortlistButton({ slug, name }: { slug: string; name: string }) {
  return (
    <button
      type="button"
      aria-pressed="false"
      aria-label={`Shortlist ${name}`}
      data-testid={`star-${slug}`}
      data-shortlist={slug}
      className={`js-only no-print ${BUTTON} ${UNPRESSED} aria-pressed:border-amber-400 aria-pressed:bg-amber-50 aria-pressed:text-amber-900`}
    >
      <Glyph off="☆" on="★" /> Shortlist
    </button>
  );
}

/** The status next to the button says so when the selection is full (COMPARE_MAX); the island fills it. */
export function CompareButton({ slug, name }: { slug: string; name: string }) {
  return (
    <span className="js-only no-print inline-flex items-center gap-1">
      <button
        type="button"
        aria-pressed="false"
        aria-label={`Compare ${name}`}
        data-testid={`compare-${slug}`}
        data-compare={slug}
        className={`${BUTTON} ${UNPRESSED} aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-900`}
      >
        <Glyph off="+" on="✓" /> Compare
      </button>
      <span role="status" className="text-xs text-amber-900" data-compare-status={slug} />
    </span>
  );
}

/** What a result card and a school page show: both buttons. */
export function SchoolActions({ slug, name }: { slug: string; name: string }) {
  return (
    <>
      <ShortlistButton slug={slug} name={name} />
      <CompareButton slug={slug} name={name} />
    </>
  );
}
