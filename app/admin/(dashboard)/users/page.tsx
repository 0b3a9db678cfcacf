// /admin/users — admins only: everyone with access, invitations, roles, disabling.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { listUsers } from '@/lib/users/mutations';
import { ROLES } from '@/lib/auth/roles';
import { ResultForm } from '@/components/admin/ResultForm';
import { ActionButton } from '@/components/admin/ActionButton';
import { Section } from '@/components/admin/Section';
import { TableHead } from '@/components/admin/TableHead';
import { changeRoleAction, inviteUserAction, setDisabledAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requireRole('admin');
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      <table className="w-full border-collapse bg-white text-sm">
        <TableHead labels={['Email', 'Role', 'State', 'Actions']} />
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200">
              <td className="p-2">{user.email}</td>
              <td className="p-2">{user.role}</td>
              <td className="p-2">{user.disabledAt ? 'Disabled' : user.hasPassword ? 'Active' : 'Invited'}</td>
              <td className="space-y-1 p-2">
                {user.id === me.id ? (
                  'You'
                ) : (
                  <>
                    <ActionButton
                      action={changeRoleAction}
                      fields={{ id: String(user.id), role: user.role === 'admin' ? 'editor' : 'admin' }}
                      label={user.role === 'admin' ? `Make ${user.email} an editor` : `Make ${user.email} an admin`}
                    />
                    <ActionButton
                      action={setDisabledAction}
                      fields={{ id: String(user.id), disabled: user.disabledAt ? '0' : '1' }}
                      label={user.disabledAt ? `Enable ${user.email}` : `Disable ${user.email}`}
                      tone={user.disabledAt ? 'normal' : 'danger'}
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section id="invite" title="Invite someone" className="max-w-md space-y-3">
        <ResultForm
          action={inviteUserAction}
          submitLabel="Create invitation"
          fields={[
            { name: 'email', label: 'Email address', type: 'email' },
            { name: 'name', label: 'Name' },
            { name: 'role', label: 'Role', options: ROLES },
          ]}
        />
      </Section>
    </div>
  );
}
