'use client';
// The reader's "Report a problem" form. A plain form posting to a server action: it works without JavaScript
// (the page re-renders with the result) and keeps what was typed when something is refused.
import { useActionState } from 'react';
import type { ReportState } from '@/lib/corrections/report-state';
import { READER_INPUT_CLASS, ReplyEmailFields } from '@/components/forms/ReplyEmailFields';

type Props = {
  action: (previous: ReportState | null, formData: FormData) => Promise<ReportState>;
  entityType: string;
  slug: string;
  fields: { value: string; label: string }[];
};

export function ReportProblemForm({ action, entityType, slug, fields }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? state.values : {};
  const errors = state?.fieldErrors ?? {};
  const described = (name: string) => (errors[name] ? `report-${name}-error` : undefined);
  return (
    <form action={formAction} className="mt-3 space-y-3 text-sm" noValidate key={state?.ok ? 'sent' : 'form'}>
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="slug" value={slug} />
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} data-testid="report-message" className={`rounded border p-3 ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="report-field" className="block font-medium">
          Which information is wrong or missing?
        </label>
        <select id="report-field" name="field" defaultValue={values.field ?? 'other'} aria-invalid={errors.field ? true : undefined} aria-describedby={described('field')} className={READER_INPUT_CLASS}>
          {fields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        {errors.field ? <p id="report-field-error" className="mt-1 text-red-800">{errors.field}</p> : null}
      </div>
      <div>
        <label htmlFor="report-message" className="block font-medium">
          What is the problem? (required, at most 2000 characters)
        </label>
        <textarea id="report-message" name="message" rows={4} maxLength={2000} required defaultValue={values.message ?? ''} aria-invalid={errors.message ? true : undefined} aria-describedby={described('message')} className={READER_INPUT_CLASS} />
        {errors.message ? <p id="report-message-error" className="mt-1 text-red-800">{errors.message}</p> : null}
      </div>
      <ReplyEmailFields idPrefix="report" email={values.email} emailError={errors.email} pending={pending} submitLabel="Send report" />
    </form>
  );
}
