// /admin/account — your own password.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { ResultForm } from '@/components/admin/ResultForm';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireRole('editor');
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="text-sm text-slate-700">
        Signed in as {user.email} ({user.role}).
      </p>
      <h2 className="text-lg font-semibold">Change your password</h2>
      <ResultForm
        action={changePasswordAction}
        submitLabel="Change password"
        fields={[
          { name: 'current', label: 'Current password', type: 'password', autoComplete: 'current-password' },
          { name: 'password', label: 'New password (at least 12 characters)', type: 'password', autoComplete: 'new-password' },
          { name: 'confirm', label: 'New password again', type: 'password', autoComplete: 'new-password' },
        ]}
      />
    </div>
  );
}
