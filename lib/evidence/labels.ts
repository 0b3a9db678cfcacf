// Reader-facing names of the kinds of page a fact can come from: the one table the school page, compare, the
// exports, the says-no answer and the dashboard all use.
import type { SourceKind } from './fields';

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  school: 'School’s own page',
  official: 'Official body',
  third_party: 'Third-party list',
  forum: 'Forum',
};

export function sourceKindLabel(kind: string): string {
  return SOURCE_KIND_LABEL[kind as SourceKind] ?? kind;
}
