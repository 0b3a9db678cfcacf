// The create page every listing kind shares: its heading and the empty listing form.
import type { FormAction } from '@/lib/admin/action';
import type { FormFieldSpec } from '@/lib/schools/form-fields';
import { SchoolForm } from './SchoolForm';

type Props<T> = {
  kind: { noun: string };
  title: string;
  action: FormAction<T>;
  initial: Record<string, string>;
  /** The field specs; schools by default (SchoolForm). */
  fields?: FormFieldSpec[];
  previewLabel?: string;
};

export function ListingNewPage<T>({ kind, title, action, initial, fields, previewLabel }: Props<T>) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <SchoolForm action={action} initial={initial} fields={fields} submitLabel={`Create ${kind.noun}`} previewLabel={previewLabel} />
    </div>
  );
}
