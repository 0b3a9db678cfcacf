'use client';
// Adds or edits one source of one fact: the value the page supports, its URL, the date it shows and its kind.
// The fact (field) and the school's version travel as hidden fields. On a refusal (a bad value, a stale
// version) the typed input is kept and each field shows its own error.
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { ActionMessage, FieldError } from './FormFeedback';
import { SOURCE_KIND_LABEL } from '@/lib/evidence/labels';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Unique per form on the page (ids of the labelled inputs). */
  idPrefix: string;
  hidden: Record<string, string>;
  initial: { value: string; source_url: string; source_date: string; source_kind: string };
  /** The values the field takes; null = tuition (a number). */
  valueOptions: readonly string[] | null;
  submitLabel: string;
};

const inputClass = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm';

export function EvidenceForm<T>({ action, idPrefix, hidden, initial, valueOptions, submitLabel }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? { ...initial, ...state.values } : initial;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (name: string, label: string, control: (common: Record<string, unknown>) => React.ReactNode, hint?: string) => {
    const id = `${idPrefix}-${name}`;
    const describedBy = [hint ? `${id}-hint` : null, errors[name] ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        {control({ id, name, defaultValue: values[name as keyof typeof values] ?? '', 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': describedBy, className: inputClass })}
        {hint ? (
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
        <FieldError id={id} error={errors[name]} />
      </div>
    );
  };
  return (
    // Keyed by the values it shows: React resets a form after its action, and a <select> resets to the option
    // it was mounted with, so a refused input (or a freshly saved source) needs a fresh mount to show.
    <form key={JSON.stringify(values)} action={formAction} className="mt-2 grid gap-3 rounded border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {field('value', 'Value this page supports', (common) =>
        valueOptions ? (
          <select {...common}>
            {valueOptions
              .filter((option) => option !== 'unknown')
              .map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
          </select>
        ) : (
          <input {...common} type="text" inputMode="numeric" />
        ),
      valueOptions ? undefined : 'Whole US dollars per year')}
      {field('source_kind', 'Kind of page', (common) => (
        <select {...common}>
          {Object.entries(SOURCE_KIND_LABEL).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      ))}
      {field('source_url', 'Page URL', (common) => <input {...common} type="url" />)}
      {field('source_date', 'Date the page shows', (common) => <input {...common} type="text" />, 'As the page gives it (2024, 2024-05, 2024-2025); empty if undated')}
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? 'Saving…' : submitLabel}
        </button>
        <ActionMessage state={state} testId="evidence-message" />
      </div>
    </form>
  );
}
