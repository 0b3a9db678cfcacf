'use client';
// A private note on one shortlisted school, kept only in this browser (never sent anywhere, except inside
// an export the visitor asks for). The note is also printed as plain text.
import { setShortlistNote } from './store';
import { useHydrated, useShortlist } from './use-tools-store';

export function NoteField({ slug, name }: { slug: string; name: string }) {
  const hydrated = useHydrated();
  const note = useShortlist().find((e) => e.slug === slug)?.note ?? '';
  if (!hydrated) return null;
  const id = `note-${slug}`;
  return (
    <div className="mt-2">
      <label htmlFor={id} className="no-print block text-sm font-medium text-slate-800">
        Private note on {name} <span className="font-normal text-slate-600">(kept in this browser only)</span>
      </label>
      <textarea
        id={id}
        value={note}
        maxLength={2000}
        rows={2}
        onChange={(e) => setShortlistNote(slug, e.target.value)}
        className="no-print mt-1 w-full rounded border border-slate-300 p-2 text-sm"
      />
      {note ? <p className="print-only text-sm">Note: {note}</p> : null}
    </div>
  );
}
