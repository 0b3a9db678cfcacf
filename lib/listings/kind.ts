// A listing kind described once: what the form parses, what the audit log and the conflict check compare, how
// the input becomes row data, which Source rows it carries, and what a save refreshes. lib/listings/mutations.ts
// runs the life of every kind from this description, and lib/admin/listing-actions.ts builds its server actions.
import type { z } from 'zod';
import type { Tx } from '../evidence/recompute';

export type Snapshot = Record<string, unknown>;

/** The Prisma model name, which is also the audit entityType and the prefix of the audit action. */
export type ListingEntity = 'school' | 'lender' | 'program' | 'article' | 'event';

/** A Source row as a kind's form gives it; a null title keeps the title the saved row had for that URL. */
export type SourceInput = { url: string; title: string | null };

/** What the write path reads back from any listing row (each model has more columns). */
export type ListingRow = Record<string, unknown> & {
  id: number;
  slug: string;
  version: number;
  updatedAt: Date;
  lastVerifiedAt?: Date | null;
  sources?: { url: string; title: string | null }[];
};

export type ListingKind<Input extends { slug: string }> = {
  entity: ListingEntity;
  /** How messages name one listing: "Another lender already uses that slug." */
  noun: string;
  /** The admin form's schema (the edit form adds id and version). */
  formSchema: z.ZodType<Input>;
  /** The audited fields, in form order; conflicts and the audit log compare exactly these. */
  snapshotKeys: readonly string[];
  /** Field labels for the conflict message ("Interest note (yours: …; saved: …)"). */
  labels: Record<string, string>;
  fromRow(row: ListingRow): Snapshot;
  fromInput(input: Input): Snapshot;
  /** The columns to write; `existing` is null on create (articles stamp their first publication here). */
  rowData(input: Input, existing: ListingRow | null, now: Date): Record<string, unknown>;
  /** The kind's Source rows, for kinds that have them (the Source table's `<entity>Id` column points back). */
  sources?: (input: Input) => SourceInput[];
  /** Kinds with a lastVerifiedAt column offer "mark as verified". */
  verifiable: boolean;
  /** Runs inside the write's transaction after the row and its sources are written (schools: confirmed*). */
  afterWrite?: (tx: Tx, id: number) => Promise<void>;
  /** The audit note of an update, given the changed fields (schools note a save without changes). */
  updateNote?: (changed: string[]) => string | null;
  /** The cache tags (lib/cache/tags.ts) a save of the listing with this slug expires, after the commit. */
  cacheTags(slug: string): string[];
  /** The dashboard list, e.g. /admin/lenders (edit pages are `${adminPath}/${id}`). */
  adminPath: string;
};

/** A snapshot of the given keys from a value bag; missing values are null, so absent and empty compare equal. */
export function pickSnapshot(keys: readonly string[], values: Record<string, unknown>): Snapshot {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}

/**
 * For kinds whose sources are a list of URLs in `sourceUrls` (schools, lenders, programs): the snapshot shows
 * them as `sources`, a URL list, and a URL already saved keeps its title.
 */
export function urlSourcedSnapshots<Input extends { sourceUrls: string[] }>(keys: readonly string[], derived: (input: Input) => Snapshot = () => ({})) {
  return {
    fromRow: (row: ListingRow) => pickSnapshot(keys, { ...row, sources: (row.sources ?? []).map((s) => s.url) }),
    fromInput: (input: Input) => pickSnapshot(keys, { ...input, sources: input.sourceUrls, ...derived(input) }),
    sources: (input: Input): SourceInput[] => input.sourceUrls.map((url) => ({ url, title: null })),
  };
}

type CsvRowParts<Input> = Pick<ListingKind<Input & { slug: string }>, 'formSchema' | 'snapshotKeys' | 'labels' | 'cacheTags'> & {
  /** The CSV row's columns as the seed writes them (lib/seed/seed.ts), so admin saves and the seed agree. */
  rowFields(input: Input): Record<string, unknown>;
};

/** Lenders and programs: a CSV row plus status, URL sources, a verification date, /admin/<entity>s. */
export function csvRowKind<Input extends { slug: string; status: string; sourceUrls: string[] }>(
  entity: 'lender' | 'program',
  { rowFields, ...parts }: CsvRowParts<Input>,
): ListingKind<Input> {
  return {
    entity,
    noun: entity,
    ...parts,
    ...urlSourcedSnapshots<Input>(parts.snapshotKeys),
    rowData: (input) => ({ ...rowFields(input), slug: input.slug, status: input.status }),
    verifiable: true,
    adminPath: `/admin/${entity}s`,
  };
}
