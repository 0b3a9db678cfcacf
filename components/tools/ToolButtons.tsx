// The shortlist star and compare toggle of one school as plain server-rendered markup: no JavaScript per
// button. A ToolsIsland around them (one per list) handles their clicks and sets aria-pressed from this
// browser's store; the look and the glyph follow aria-pressed in CSS (.tool-toggle in app/globals.css, short
// because it repeats on every card, in the HTML and again in the RSC payload). Hidden without JavaScript
// (.js-only): there would be nothing to store, and a dead button would mislead.

export function ShortlistButton({ slug, name }: { slug: string; name: string }) {
  return (
    <button
      type="button"
      aria-pressed="false"
      aria-label={`Shortlist ${name}`}
      data-testid={`star-${slug}`}
      data-shortlist={slug}
      className="js-only no-print tool-toggle tool-star"
    >
      Shortlist
    </button>
  );
}

/** The status beside the button says so when the selection is full (COMPARE_MAX); the island fills it. */
export function CompareButton({ slug, name }: { slug: string; name: string }) {
  return (
    <span className="js-only no-print inline-flex items-center gap-1">
      <button type="button" aria-pressed="false" aria-label={`Compare ${name}`} data-testid={`compare-${slug}`} data-compare={slug} className="tool-toggle tool-compare">
        Compare
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
