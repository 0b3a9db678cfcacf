'use client';

import { useState } from 'react';

/** Copies the view's canonical URL; without JS (or clipboard access) the link itself is there to copy. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-600">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed — use the address bar' : ''}
      </span>
    </span>
  );
}
