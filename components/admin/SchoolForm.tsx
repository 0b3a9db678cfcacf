'use client';
// The listing edit/create form (schools, lenders). Works through a server action; on any refusal (validation, conflict) the
// fields are re-filled from what the editor typed, and each field shows its own error.
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { SCHOOL_FORM_FIELDS, type FormFieldSpec } from '@/lib/schools/form-fields';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  initial: Record<string, string>;
  hidden?: Record<string, string>;
  submitLabel: string;
  /** The field specs; schools by default (lenders pass theirs). */
  fields?: FormFieldSpec[];
};

const inputClass = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1';

function Field({ field, value, error }: { field: FormFieldSpec; value: string; error?: string }) {
  const id = `field-${field.name}`;
  const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.name, defaultValue: value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: inputClass };
  return (
    <div className={field.kind === 'textarea' ? 'sm:col-span-2' : undefined}>
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
      </label>
      {field.kind === 'select' ? (
        <select {...common}>
          {field.options!.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' ? (
        <textarea {...common} rows={field.name === 'notes_short' ? 2 : 4} />
      ) : (
        <input {...common} type="text" inputMode={field.kind === 'number' ? 'numeric' : undefined} />
      )}
      {field.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SchoolForm<T>({ action, initial, hidden = {}, submitLabel, fields = SCHOOL_FORM_FIELDS }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? state.values : initial;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const errorFor = (field: FormFieldSpec) => errors[field.name] ?? (field.name === 'source_urls' ? errors['source_urls.0'] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state ? (
        <div
          role={state.ok ? 'status' : 'alert'}
          data-testid="form-message"
          className={`rounded border p-3 text-sm ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}
        >
          {state.message}
        </div>
      ) : null}
      <div className="grid gap-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {fields.map((field) => (
          <Field key={field.name} field={field} value={values[field.name] ?? ''} error={errorFor(field)} />
        ))}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
