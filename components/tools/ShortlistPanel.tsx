'use client';
// On /shortlist?schools=…: compares the link with this browser's shortlist. A link that names schools
// mine lacks offers to add them; when the page shows my own list, starring or unstarring updates the URL.
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { addToShortlist } from './store';
import { slugsHref } from '@/lib/shortlist/slugs';
import { useHydrated, useShortlist } from './use-tools-store';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function ShortlistPanel({ slugs }: { slugs: string[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const mine = useShortlist().map((e) => e.slug);
  const wasMine = useRef<boolean | null>(null);

  useEffect(() => {
    if (!hydrated) return;
    if (wasMine.current === null) wasMine.current = sameSet(mine, slugs);
    else if (wasMine.current && !sameSet(mine, slugs)) router.replace(slugsHref('/shortlist', mine));
  }, [hydrated, mine, slugs, router]);

  if (!hydrated) return null;
  const missing = slugs.filter((s) => !mine.includes(s));
  if (missing.length === 0) return null;
  return (
    <div className="no-print rounded border border-brand-100 bg-brand-50 p-3 text-sm" data-testid="shared-offer">
      <p>
        This shortlist was shared with you: {missing.length} of its {slugs.length} schools {missing.length === 1 ? 'is' : 'are'} not on your own
        shortlist{mine.length ? ` (which has ${mine.length})` : ''}.
      </p>
      <button type="button" onClick={() => addToShortlist(missing)} className="mt-2 rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900">
        Add {missing.length === slugs.length ? 'these' : `the ${missing.length} missing`} to my shortlist
      </button>
    </div>
  );
}
