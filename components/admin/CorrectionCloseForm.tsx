'use client';
// Resolve or dismiss one reader report with a note (the note is required: it is what the audit log keeps).
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';

type Props<T> = { action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>; id: number };

export function CorrectionCloseForm<T>({ action, id }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const noteId = `note-${id}`;
  const error = state && !state.ok ? state.fieldErrors.note : undefined;
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-green-900">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <label htmlFor={noteId} className="block text-sm font-medium">
        Note (what you checked or changed)
      </label>
      <textarea id={noteId} name="note" rows={2} maxLength={2000} defaultValue={state && !state.ok ? state.values.note : ''} aria-invalid={error ? true : undefined} aria-describedby={error ? `${noteId}-error` : undefined} className="w-full rounded border border-slate-400 px-2 py-1 text-sm" />
      {state && !state.ok ? (
        <p id={`${noteId}-error`} role="alert" className="text-sm text-red-800">
          {error ?? state.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" name="status" value="resolved" disabled={pending} className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-900">
          Resolve
        </button>
        <button type="submit" name="status" value="dismissed" disabled={pending} className="rounded border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100">
          Dismiss
        </button>
      </div>
    </form>
  );
}
