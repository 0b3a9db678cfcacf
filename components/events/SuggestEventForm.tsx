'use client';
// The public "Suggest an event" form: a plain form posting to a server action, so it works without JavaScript;
// what was typed is kept when something is refused.
import { useActionState } from 'react';
import type { ReportState } from '@/lib/corrections/report-state';
import { READER_INPUT_CLASS, ReplyEmailFields } from '@/components/forms/ReplyEmailFields';

type Props = { action: (previous: ReportState | null, formData: FormData) => Promise<ReportState> };

const FIELDS = [
  { name: 'title', label: 'Name of the event or program (required)', type: 'text', max: 300 },
  { name: 'organizerUrl', label: 'Link to the organizer’s page about it (required)', type: 'url', max: 2000 },
  { name: 'when', label: 'When, if you know (optional)', type: 'text', max: 200 },
] as const;

export function SuggestEventForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? state.values : {};
  const errors = state?.fieldErrors ?? {};
  const described = (name: string) => (errors[name] ? `suggest-${name}-error` : undefined);
  const error = (name: string) =>
    errors[name] ? (
      <p id={`suggest-${name}-error`} className="mt-1 text-red-800">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={formAction} className="mt-4 max-w-2xl space-y-3 text-sm" noValidate key={state?.ok ? 'sent' : 'form'} data-testid="suggest-form">
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} data-testid="suggest-message" className={`rounded border p-3 ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
          {state.message}
        </p>
      ) : null}
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`suggest-${f.name}`} className="block font-medium">
            {f.label}
          </label>
          <input id={`suggest-${f.name}`} name={f.name} type={f.type} maxLength={f.max} defaultValue={values[f.name] ?? ''} aria-invalid={errors[f.name] ? true : undefined} aria-describedby={described(f.name)} className={READER_INPUT_CLASS} />
          {error(f.name)}
        </div>
      ))}
      <div>
        <label htmlFor="suggest-details" className="block font-medium">
          Anything else (optional, at most 2000 characters)
        </label>
        <textarea id="suggest-details" name="details" rows={4} maxLength={2000} defaultValue={values.details ?? ''} aria-invalid={errors.details ? true : undefined} aria-describedby={described('details')} className={READER_INPUT_CLASS} />
        {error('details')}
      </div>
      <ReplyEmailFields idPrefix="suggest" email={values.email} emailError={errors.email} pending={pending} submitLabel="Send suggestion" />
    </form>
  );
}
