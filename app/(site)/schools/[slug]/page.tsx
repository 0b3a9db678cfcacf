// /schools/[slug] rendered per request. proxy.ts sends published schools to the cached route
// /schools/p/[slug] instead, so this one mostly answers unknown slugs (with the 404 page), and serves
// everything if the proxy's slug check is unavailable.
import type { Metadata } from 'next';
import { SchoolView, schoolMetadata } from '../school-view';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return schoolMetadata((await params).slug);
}

export default async function SchoolPage({ params }: Props) {
  return <SchoolView slug={(await params).slug} />;
}
