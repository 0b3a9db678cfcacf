// The shortlist star and compare toggle for one school, plus the compare tray: what a school page shows
// near its heading (one client island for all three).
import { SchoolActions } from './ToolButtons';
import { ToolsIsland } from './ToolsIsland';

export function SchoolTools({ slug, name }: { slug: string; name: string }) {
  return (
    <ToolsIsland tray="last" className="no-print mt-3">
      <div className="flex flex-wrap items-center gap-2">
        <SchoolActions slug={slug} name={name} />
        <a href={`/schools/${slug}/feed.xml`} className="text-sm">
          Follow changes (Atom feed)
        </a>
      </div>
    </ToolsIsland>
  );
}
