// The dashboard shell. It checks the session itself (and every page, action and handler below checks again):
// layouts do not re-run on every navigation, so they are never the only guard.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/require';

export const metadata: Metadata = { title: { default: 'Dashboard', template: '%s · Dashboard · IMG Pathways' }, robots: { index: false } };

const NAV = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/schools', label: 'Schools' },
  { href: '/admin/lenders', label: 'Lenders' },
  { href: '/admin/programs', label: 'Programs' },
  { href: '/admin/articles', label: 'Articles' },
  { href: '/admin/events', label: 'Events' },
  { href: '/admin/events/suggestions', label: 'Event suggestions' },
  { href: '/admin/corrections', label: 'Corrections' },
  { href: '/admin/disagreements', label: 'Disagreements' },
  { href: '/admin/import', label: 'Import' },
  { href: '/admin/audit', label: 'Audit log' },
  { href: '/admin/account', label: 'Your account' },
];

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-white px-4 py-2">
        <nav aria-label="Dashboard">
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            {[...NAV, ...(user.role === 'admin' ? [{ href: '/admin/users', label: 'Users' }] : [])].map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm text-slate-700">
          <span>
            {user.email} ({user.role})
          </span>
          <form method="post" action="/admin/logout">
            <button type="submit" className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}
