import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'IMG Pathways — US medical schools for international applicants', template: '%s · IMG Pathways' },
  description:
    'Which US MD and DO schools accept international applicants, and whether they offer aid, scholarships or loans, need a US cosigner or escrow — with sources and dates.',
  openGraph: { siteName: 'IMG Pathways', type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#174c94' };

const NAV = [
  { href: '/schools', label: 'Schools' },
  { href: '/programs', label: 'Programs' },
  { href: '/lenders', label: 'Lenders' },
  { href: '/guides', label: 'Guides' },
  { href: '/events', label: 'Events' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/shortlist', label: 'Shortlist' },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        {/* Controls that only work with JavaScript (saved searches, shortlist and compare buttons) are in the HTML
            so nothing moves when it arrives; without it they are hidden. */}
        <noscript>
          <style>{'.js-only{display:none!important}'}</style>
        </noscript>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-900 no-underline hover:no-underline">
              IMG Pathways
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-slate-700 hover:text-brand-700">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-4 sm:py-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white">
          <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
            <p>
              IMG Pathways collects published policies of US medical schools with their sources and dates. Policies
              change: always confirm with the school before you decide.
            </p>
            <p className="mt-2">
              <Link href="/glossary">Glossary</Link> · <Link href="/numbers">Numbers</Link> ·{' '}
              <Link href="/schools/map">Map</Link> · <Link href="/compare">Compare</Link> ·{' '}
              <Link href="/api/v1/openapi.json">JSON API</Link> · <Link href="/guides/feed.xml">Guides feed</Link> ·{' '}
              <Link href="/sitemap.xml">Sitemap</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
