'use client';
// A one-button form bound to a server action (mark verified, delete), with the action's message shown.
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { ActionMessage } from './FormFeedback';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  tone?: 'normal' | 'danger';
};

export function ActionButton<T>({ action, fields, label, tone = 'normal' }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const style = tone === 'danger' ? 'bg-red-700 text-white hover:bg-red-900' : 'border border-slate-500 bg-white hover:bg-slate-100';
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`rounded px-3 py-1 text-sm font-medium ${style}`}>
        {label}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
