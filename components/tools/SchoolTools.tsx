// The shortlist star and compare toggle for one school, plus the compare tray: what a school page shows
// near its heading.
import { ShortlistStar } from './ShortlistStar';
import { CompareToggle } from './CompareToggle';
import { CompareTray } from './CompareTray';

export function SchoolActions({ slug, name }: { slug: string; name: string }) {
  return (
    <>
      <ShortlistStar slug={slug} name={name} />
      <CompareToggle slug={slug} name={name} />
    </>
  );
}

export function SchoolTools({ slug, name }: { slug: string; name: string }) {
  return (
    <div className="no-print mt-3">
      <div className="flex flex-wrap items-center gap-2">
        <SchoolActions slug={slug} name={name} />
        <a href={`/schools/${slug}/feed.xml`} className="text-sm">
          Follow changes (Atom feed)
        </a>
      </div>
      <CompareTray />
    </div>
  );
}
