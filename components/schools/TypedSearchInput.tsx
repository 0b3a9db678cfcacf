'use client';

import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { normalizeText } from '@/lib/search/normalize';

/** The search text as the visitor typed it in the address (first non-empty `q`, cleaned like the server does). */
export function typedQueryFromSearch(search: string): string | null {
  for (const value of new URLSearchParams(search).getAll('q')) {
    const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
    if (cleaned !== '') return cleaned;
  }
  return null;
}

/**
 * The directory's search box. Searches typed with capitals or punctuation are served from the cached page of
 * their canonical form ("Harvard" → "harvard", lib/cache/schools-key.ts), which echoes that form; once the
 * page is shown, this puts back what the visitor typed, as long as it searches for the same thing and the
 * visitor is not typing in the box at that moment.
 */
export function TypedSearchInput({ value, ...props }: { value: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'defaultValue' | 'value'>) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const typed = typedQueryFromSearch(window.location.search);
    if (!input || typed === null || typed === input.value || document.activeElement === input) return;
    if (normalizeText(typed) === normalizeText(input.value)) input.value = typed;
  }, [value]);
  return <input ref={ref} defaultValue={value} {...props} />;
}
