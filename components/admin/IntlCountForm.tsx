'use client';
// Adds or replaces one admission cycle's international applicant counts for a school. Saving a cycle that
// already exists replaces its numbers. Field errors show next to each field; the input is kept on error.
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { ActionMessage, FieldError } from './FormFeedback';

type Props = {
  action: (previous: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;
  schoolId: number;
};

const FIELDS = [
  { name: 'cycle', label: 'Admission cycle', hint: 'e.g. 2025-2026', type: 'text' },
  { name: 'applicants', label: 'International applicants', type: 'number' },
  { name: 'accepted', label: 'Accepted', type: 'number' },
  { name: 'matriculated', label: 'Matriculated', type: 'number' },
  { name: 'schools_accepting', label: 'Schools accepting (aggregate rows only)', type: 'number' },
  { name: 'source_url', label: 'Source URL', type: 'url' },
  { name: 'as_of', label: 'As of (YYYY or YYYY-MM-DD)', type: 'text' },
] as const;

export function IntlCountForm({ action, schoolId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? state.values : {};
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2" key={state?.ok ? 'saved' : 'editing'}>
      <input type="hidden" name="school_id" value={schoolId} />
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`ic-${field.name}`} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={`ic-${field.name}`}
            name={field.name}
            type={field.type}
            min={field.type === 'number' ? 0 : undefined}
            defaultValue={values[field.name] ?? ''}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `ic-${field.name}-error` : undefined}
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1 text-sm"
          />
          <FieldError id={`ic-${field.name}`} error={errors[field.name]} />
        </div>
      ))}
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">
          Save counts
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
