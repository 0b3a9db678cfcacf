// What an /admin/<kind>/[id] page loads before it renders: the id segment parsed, the listing (a malformed id
// or a missing row is a 404), and for the edit page its history and whether the create form just redirected
// here (`?saved=created`).
import 'server-only';
import { notFound } from 'next/navigation';
import { listEntityHistory } from '../audit/list';
import type { ListingEntity } from '../listings/kind';
import type { SearchParams } from './load-list';

export type IdPageProps = { params: Promise<{ id: string }> };
export type EditPageProps = IdPageProps & { searchParams?: Promise<SearchParams> };

/** The listing the id segment names, or notFound(). */
export async function loadListing<T>({ params }: IdPageProps, load: (id: number) => Promise<T | null>): Promise<T> {
  const id = Number((await params).id);
  const listing = Number.isInteger(id) && id > 0 ? await load(id) : null;
  if (!listing) notFound();
  return listing;
}

/**
 * The edit page's listing, what ListingEditPage takes from the load (`page`: the kind, the history, whether
 * the listing was just created) and `more`, loaded alongside the history. Pages that show no "created"
 * notice (lenders, programs) pass only their params.
 */
export async function loadForEdit<K extends { entity: ListingEntity }, T extends { id: number }, M = undefined>(
  kind: K,
  props: EditPageProps,
  load: (id: number) => Promise<T | null>,
  more?: (id: number) => Promise<M>,
) {
  const listing = await loadListing(props, load);
  const [history, extra] = await Promise.all([listEntityHistory(kind.entity, listing.id), more?.(listing.id)]);
  const created = props.searchParams ? (await props.searchParams).saved === 'created' : false;
  return { listing, page: { kind, history, created }, more: extra as M };
}
