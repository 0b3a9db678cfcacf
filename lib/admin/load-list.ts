// What an admin list page reads from its URL: the search parameters, one value each, parsed by the list's
// schema (every field .catch()es, so a bad value drops only itself), the rows, and the `deleted` notice a
// delete redirects with. Also the filter fields and the name/updated order the listing lists share.
import 'server-only';
import { z } from 'zod';

export type SearchParams = Record<string, string | string[] | undefined>;
export type ListPageProps = { searchParams: Promise<SearchParams> };

/** The search, status and sort fields of a listing list (each kind adds its queues). */
export const adminListFields = {
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
  sort: z.enum(['name', 'updated']).catch('name').default('name'),
};

/** A verified listing's list (schools, lenders, programs): search, status, sort, and the kind's queues. */
export function verifiedListSchema<const Q extends readonly [string, ...string[]]>(queues: Q) {
  return z.object({ ...adminListFields, queue: z.enum(queues).optional().catch(undefined) });
}

/** The first value of a repeated parameter; an empty value counts as absent. */
export function parseListParams<S extends z.ZodType>(schema: S, params: SearchParams): z.output<S> {
  return schema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
}

/** Name (then slug) ascending, or most recently updated first. */
export function listOrder(sort: 'name' | 'updated') {
  return sort === 'updated' ? [{ updatedAt: 'desc' as const }, { name: 'asc' as const }] : [{ name: 'asc' as const }, { slug: 'asc' as const }];
}

export async function loadList<L, R>(searchParams: Promise<SearchParams>, parse: (params: SearchParams) => L, load: (list: L) => Promise<R>) {
  const params = await searchParams;
  const list = parse(params);
  return { list, rows: await load(list), deleted: params.deleted };
}
