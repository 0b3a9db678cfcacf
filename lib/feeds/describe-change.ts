// Turns one audit-log row's before/after JSON into a readable line ("Need-based aid for international
// students?: No → Yes"). Pure: tolerant of any JSON shape, since the log outlives today's field list.
import { FIELD_GROUPS } from '../schools/fields';
import { SCHOOL_SNAPSHOT_KEYS } from '../schools/snapshot';

const FIELD_LABELS: Record<string, string> = Object.fromEntries(
  FIELD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.question.replace(/\?$/, '')])),
);
// notesShort is the editors' research note: readers (the public feeds) never see it.
const IGNORED_KEYS = new Set(['id', 'version', 'updatedAt', 'createdAt', 'searchText', 'notesShort', 'seedVersion']);
const ACTION_WORDS: Record<string, string> = {
  'school.publish': 'Published',
  'school.verify': 'Facts re-verified by an editor',
  'school.update': 'Updated',
  'school.create': 'Added',
  'school.import': 'Updated by import',
};

export function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function actionWord(action: string): string {
  return ACTION_WORDS[action] ?? 'Changed';
}

/** The fields a public feed may describe: what the public page shows (not `status` or the editors' `aliases`). */
export const PUBLIC_CHANGE_KEYS: ReadonlySet<string> = new Set([
  ...SCHOOL_SNAPSHOT_KEYS.filter((key) => key !== 'status' && key !== 'aliases'),
  'lastVerifiedAt',
]);

/** One line per changed field (only `keys`, when given), in a stable order; empty when none changed. */
export function describeChange(before: string | null, after: string | null, keys_?: ReadonlySet<string>): string[] {
  const b = parseObject(before);
  const a = parseObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED_KEYS.has(k) && (!keys_ || keys_.has(k))).sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${FIELD_LABELS[k] ?? k}: ${show(b[k])} → ${show(a[k])}`);
}
