// The words readers and editors see for a source's kind. Pure module.
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

/** A page's host, for a short link text ("med.example.edu"). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
