'use client';
// The saved searches kept in this browser, each a link to its view with "Copy link" and "Remove".
import Link from 'next/link';
import { removeSavedSearch, savedSearchHref } from './store';
import { CopyLinkButton } from '../CopyLinkButton';
import { useHydrated, useSavedSearches } from './use-tools-store';

export function SavedSearchList({ origin }: { origin: string }) {
  const hydrated = useHydrated();
  const searches = useSavedSearches();
  if (!hydrated) return null;
  if (searches.length === 0) {
    return (
      <p className="text-sm text-slate-700" data-testid="saved-searches-empty">
        No saved searches yet. In the{' '}
        <Link href="/schools" className="underline">
          directory
        </Link>
        , choose filters and press “Save this search”.
      </p>
    );
  }
  return (
    <ul className="space-y-2" data-testid="saved-searches">
      {searches.map((search) => {
        const href = savedSearchHref(search);
        return (
          <li key={href} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-slate-200 bg-white px-3 py-2">
            <Link href={href} className="min-w-0 font-medium">
              {search.name}
            </Link>
            <span className="flex items-center gap-2 text-sm">
              <CopyLinkButton url={`${origin}${href}`} />
              <button type="button" className="link-button" onClick={() => removeSavedSearch(href)} aria-label={`Remove saved search: ${search.name}`}>
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
