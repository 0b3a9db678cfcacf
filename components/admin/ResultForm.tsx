'use client';
// A small form bound to a server action that shows the action's message, field errors and, once, a link it
// returned (the invitation link is shown only in this response and never stored in clear).
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { FieldError, FormMessage } from './FormFeedback';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: { name: string; label: string; type?: string; options?: readonly string[]; autoComplete?: string }[];
  hidden?: Record<string, string>;
  submitLabel: string;
};

export function ResultForm<T>({ action, fields, hidden = {}, submitLabel }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? state.values : {};
  const errors = state && !state.ok ? state.fieldErrors : {};
  const link = state?.ok ? (state.data as { link?: string } | undefined)?.link : undefined;
  return (
    <form action={formAction} className="space-y-3 rounded border border-slate-200 bg-white p-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} testId="result-message">
        {link ? (
          <p className="mt-2 break-all">
            <code data-testid="one-time-link">{link}</code>
          </p>
        ) : null}
      </FormMessage>
      {fields.map((field) => {
        const id = `rf-${field.name}`;
        const error = errors[field.name];
        const common = { id, name: field.name, defaultValue: field.type === 'password' ? undefined : values[field.name], 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined, className: 'mt-1 w-full rounded border border-slate-400 px-2 py-1' };
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block text-sm font-medium">
              {field.label}
            </label>
            {field.options ? (
              <select {...common}>
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type={field.type ?? 'text'} autoComplete={field.autoComplete} />
            )}
            <FieldError id={id} error={error} />
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {submitLabel}
      </button>
    </form>
  );
}
