// Field-level differences between two snapshots of a record; what the audit log stores and the History shows.
export type Snapshot = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Only the fields whose values differ, as {before, after} objects ready for the audit log. */
export function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot; fields: string[] } {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !sameValue(before[key], after[key]));
  return {
    fields,
    before: Object.fromEntries(fields.map((key) => [key, normalise(before[key])])),
    after: Object.fromEntries(fields.map((key) => [key, normalise(after[key])])),
  };
}

export function parseSnapshot(json: string | null): Snapshot {
  if (!json) return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : {};
  } catch {
    return {};
  }
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.join(', ') || '(empty)';
  return String(value);
}
