'use client';
// The listing edit/create form (schools, lenders). Works through a server action; on any refusal (validation, conflict) the
// fields are re-filled from what the editor typed, and each field shows its own error.
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/admin/action';
import { FieldError, FormMessage } from './FormFeedback';
import { SCHOOL_FORM_FIELDS, type FormFieldSpec } from '@/lib/schools/form-fields';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  initial: Record<string, string>;
  hidden?: Record<string, string>;
  submitLabel: string;
  /** The field specs; schools by default (lenders pass theirs). */
  fields?: FormFieldSpec[];
  /** Adds a second button (intent=preview) whose result carries `previewHtml` (sanitized) and the typed values. */
  previewLabel?: string;
};

type Preview = { previewHtml?: string; values?: Record<string, string> };

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
        <textarea {...common} rows={field.name === 'notes_short' ? 2 : field.name === 'body' ? 16 : 4} />
      ) : (
        <input {...common} type={field.kind === 'datetime' ? 'datetime-local' : 'text'} inputMode={field.kind === 'number' ? 'numeric' : undefined} />
      )}
      {field.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {field.hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SchoolForm<T>({ action, initial, hidden = {}, submitLabel, fields = SCHOOL_FORM_FIELDS, previewLabel }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const preview = state?.ok ? (state.data as Preview | undefined) : undefined;
  const values = state && !state.ok ? state.values : (preview?.values ?? initial);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // Nested issues (source_urls.0, sources.2.url) belong to their form field.
  const errorFor = (field: FormFieldSpec) => errors[field.name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field.name}.`))?.[1];
  return (
    // Keyed by the values it shows: React resets a form after its action and a <select> goes back to the option
    // it was mounted with, so without a fresh mount a refused save would lose the editor's chosen options.
    <form key={JSON.stringify(values)} action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} testId="form-message" />
      <div className="grid gap-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {fields.map((field) => (
          <Field key={field.name} field={field} value={values[field.name] ?? ''} error={errorFor(field)} />
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? 'Saving…' : submitLabel}
        </button>
        {previewLabel ? (
          <button type="submit" name="intent" value="preview" disabled={pending} className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {previewLabel}
          </button>
        ) : null}
      </div>
      {preview?.previewHtml !== undefined ? (
        <section aria-labelledby="preview-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview (not saved)
          </h2>
          {/* Rendered by lib/content/markdown.ts: raw HTML dropped, then rehype-sanitize. */}
          <div className="prose-article mt-2 max-w-none" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: preview.previewHtml }} />
        </section>
      ) : null}
    </form>
  );
}
