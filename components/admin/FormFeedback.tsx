// What an admin form shows back from its server action: the message beside a button, the message above a
// form, and one field's error (its id is `<field id>-error`, for the field's aria-describedby).
import type { ActionResult } from '@/lib/admin/action';

type State = ActionResult<unknown> | null;

/** A status when the action succeeded, an alert when it refused. */
export function ActionMessage({ state, testId }: { state: State; testId?: string }) {
  if (!state) return null;
  return (
    <span role={state.ok ? 'status' : 'alert'} data-testid={testId} className={`text-sm ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
      {state.message}
    </span>
  );
}

/** The boxed message above a form; `children` follow the message (e.g. a one-time link). */
export function FormMessage({ state, testId, children }: { state: State; testId: string; children?: React.ReactNode }) {
  if (!state) return null;
  return (
    <div role={state.ok ? 'status' : 'alert'} data-testid={testId} className={`rounded border p-3 text-sm ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
      {state.message}
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
      {error}
    </p>
  );
}
