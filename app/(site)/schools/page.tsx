// /schools — the directory: every facet of the URL contract, counts, chips, sort, pages, empty state.
// Rendered per request; canonical URLs without free text are rewritten by proxy.ts to the cached v/[key].
import type { Metadata } from 'next';
import { SchoolsView, schoolsMetadata } from './schools-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return schoolsMetadata(await searchParams);
}

export default async function SchoolsPage({ searchParams }: Props) {
  return <SchoolsView params={await searchParams} />;
}
