// /admin/invite/[token] — set your password from a one-time invitation link (72 hours).
import type { Metadata } from 'next';
import { findOpenInvitation } from '@/lib/users/mutations';
import { ResultForm } from '@/components/admin/ResultForm';
import { acceptInviteAction } from './actions';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Set your password</h1>
      {invitation ? (
        <>
          <p className="text-sm text-slate-700">For {invitation.user.email}.</p>
          <ResultForm
            action={acceptInviteAction}
            hidden={{ token }}
            submitLabel="Set password"
            fields={[
              { name: 'password', label: 'New password (at least 12 characters)', type: 'password', autoComplete: 'new-password' },
              { name: 'confirm', label: 'New password again', type: 'password', autoComplete: 'new-password' },
            ]}
          />
        </>
      ) : (
        <p role="alert">This link has expired or was already used. Ask an admin for a new one.</p>
      )}
    </div>
  );
}
