'use client';
// "Save this search": names the current view and keeps it in this browser (listed on /shortlist). Rendered in
// the server HTML so nothing moves when JavaScript arrives; without JavaScript it is hidden (.js-only), since
// there would be nowhere to keep it.
import { useId, useState } from 'react';
import Link from 'next/link';
import { saveSearch, type SavedSearch } from './store';

export function SaveSearchButton({ path, query, defaultName }: { path: SavedSearch['path']; query: string; defaultName: string }) {
  const [state, setState] = useState<'idle' | 'naming' | 'saved'>('idle');
  const [name, setName] = useState(defaultName);
  const inputId = useId();
  if (state === 'naming') {
    return (
      <form
        className="flex w-full flex-wrap items-end gap-2"
        aria-label="Save this search"
        onSubmit={(event) => {
          event.preventDefault();
          saveSearch({ name: name.trim() || defaultName, path, query });
          setState('saved');
        }}
      >
        <span className="flex min-w-0 flex-1 flex-col">
          <label htmlFor={inputId} className="text-sm font-medium">
            Name this search
          </label>
          <input
            id={inputId}
            value={name}
            maxLength={100}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </span>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-900">
          Save
        </button>
        <button type="button" onClick={() => setState('idle')} className="rounded border border-slate-300 bg-white px-3 py-1 text-sm">
          Cancel
        </button>
      </form>
    );
  }
  return (
    <span className="js-only inline-flex items-center gap-2">
      <button type="button" className="link-button" onClick={() => setState('naming')} data-testid="save-search">
        Save this search
      </button>
      <span role="status" className="text-sm text-slate-600">
        {state === 'saved' ? (
          <>
            Saved: see <Link href="/shortlist#saved-searches">your saved searches</Link>
          </>
        ) : null}
      </span>
    </span>
  );
}
