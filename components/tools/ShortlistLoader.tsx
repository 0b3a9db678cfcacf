'use client';
// /shortlist without `schools`: the list lives in this browser, so send the visitor to the shareable URL
// that names it (/shortlist?schools=…), which the server renders.
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { slugsHref } from '@/lib/shortlist/slugs';
import { useHydrated, useShortlist } from './use-tools-store';

export function ShortlistLoader() {
  const router = useRouter();
  const hydrated = useHydrated();
  const entries = useShortlist();
  const href = entries.length ? slugsHref('/shortlist', entries.map((e) => e.slug)) : null;
  useEffect(() => {
    if (href) router.replace(href);
  }, [href, router]);
  if (!hydrated) return null;
  if (href) return <p role="status">Opening your shortlist…</p>;
  return (
    <p role="status" data-testid="shortlist-empty">
      Your shortlist is empty. Press “Shortlist” on any school in the{' '}
      <Link href="/schools" className="underline">
        directory
      </Link>{' '}
      to keep it here.
    </p>
  );
}
