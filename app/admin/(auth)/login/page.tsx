// /admin/login — sign-in form. Posts to /admin/login/submit (a route handler, so throttling can answer 429).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/safe-next';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const MESSAGES: Record<string, string> = {
  invalid: 'That email and password do not match an active account.',
  missing: 'Enter your email address and password.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSession()) redirect(next);
  const error = typeof params.error === 'string' ? MESSAGES[params.error] : undefined;

  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Sign in to the dashboard</h1>
      {params.signed_out ? <p className="rounded border border-slate-300 bg-white p-3 text-sm">You are signed out.</p> : null}
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <form method="post" action="/admin/login/submit" className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email address
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-400 px-2 py-1" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
          Sign in
        </button>
      </form>
    </div>
  );
}
