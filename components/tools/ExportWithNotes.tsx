'use client';
// Downloads the shortlist as Excel or CSV with this browser's private notes: POSTs {schools, notes} to the
// export route and saves the answer. The plain export links work without JavaScript (no notes).
import { useState } from 'react';
import { useHydrated, useShortlist } from './use-tools-store';

export function ExportWithNotes({ slugs }: { slugs: string[] }) {
  const hydrated = useHydrated();
  const entries = useShortlist();
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  const notes = Object.fromEntries(entries.filter((e) => e.note && slugs.includes(e.slug)).map((e) => [e.slug, e.note]));
  if (Object.keys(notes).length === 0) return null;

  async function download(format: 'xlsx' | 'csv') {
    setStatus('Preparing the file…');
    try {
      const response = await fetch(`/schools/export.${format}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ schools: slugs, notes }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `shortlist.${format}`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus('Downloaded.');
    } catch {
      setStatus('The download failed. The links without notes still work.');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => download('xlsx')} className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50">
        Excel with my notes
      </button>
      <button type="button" onClick={() => download('csv')} className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50">
        CSV with my notes
      </button>
      <span role="status" className="text-slate-700">
        {status}
      </span>
    </span>
  );
}
