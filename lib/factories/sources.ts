// Small parts every factory shares: a per-process counter for unique slugs and emails, and a listing's
// ordered source rows (the seed gives each source its title from SOURCES.md; tests usually have none).
let sequence = 0;

export function nextSequence(): number {
  return ++sequence;
}

export type SourceInput = { url: string; title: string | null };

/** Rows for a nested `sources: { create }`, in the order given. */
export function sourceRows(sources: (SourceInput | string)[]) {
  return sources.map((s, position) => (typeof s === 'string' ? { url: s, title: null, position } : { ...s, position }));
}
