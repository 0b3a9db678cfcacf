// The school edit page's "Sources for each fact": for every policy field, its value and the pages that
// support (or contradict) it, each editable and removable, and a form to add one. Every form carries the
// school's version, so a source saved from a stale page is refused like a stale school form.
import type { ActionResult } from '@/lib/admin/action';
import type { EvidenceSaved } from '@/lib/evidence/mutations';
import { EVIDENCE_FIELDS, valueAsText } from '@/lib/evidence/fields';
import { sourceKindLabel } from '@/lib/evidence/labels';
import { hostOf as sourceHost } from '@/lib/hosts';
import { evidenceStatus } from '@/lib/evidence/status';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';
import { ActionButton } from './ActionButton';
import { EvidenceForm } from './EvidenceForm';

type Action = (previous: ActionResult<EvidenceSaved> | null, formData: FormData) => Promise<ActionResult<EvidenceSaved>>;
type EvidenceRow = { id: number; field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string; addedBy: string };

type Props = {
  school: Record<string, unknown> & { id: number; version: number };
  evidence: EvidenceRow[];
  actions: { add: Action; update: Action; remove: Action };
};

const STATUS_TEXT = { agrees: 'agrees', disagrees: 'disagrees with the value', hint: 'hint: the value is still unknown' };
const STATUS_STYLE = { agrees: 'text-green-900', disagrees: 'font-semibold text-red-800', hint: 'font-semibold text-amber-900' };

export function EvidenceSection({ school, evidence, actions }: Props) {
  const hidden = { school_id: String(school.id), version: String(school.version) };
  return (
    <section id="evidence" aria-labelledby="evidence-heading" className="space-y-4">
      <h2 id="evidence-heading" className="text-lg font-semibold">
        Sources for each fact
      </h2>
      <p className="text-sm text-slate-700">
        Readers see each fact with the pages listed here. A change to a source is saved with the school (its version goes up and it is
        recorded in the history).
      </p>
      {EVIDENCE_FIELDS.map((spec) => {
        const current = valueAsText(school[spec.column]);
        const rows = evidence.filter((e) => e.field === spec.field);
        const label = SCHOOL_FIELD_LABEL[spec.column] ?? spec.field;
        return (
          <div key={spec.field} id={`evidence-${spec.field}`} className="rounded border border-slate-200 bg-white p-4" data-testid={`evidence-${spec.field}`}>
            <h3 className="font-semibold">
              {label}: <span className="font-normal">{current === '' ? 'not published' : current}</span>
            </h3>
            {rows.length ? (
              <ul className="mt-2 space-y-2 text-sm">
                {rows.map((row) => {
                  const status = evidenceStatus(current, row.value);
                  return (
                    <li key={row.id} className="border-t border-slate-100 pt-2" data-testid="evidence-row">
                      <p>
                        <strong>{row.value}</strong> — <a href={row.sourceUrl} className="underline">{sourceHost(row.sourceUrl)}</a> ({sourceKindLabel(row.sourceKind)},{' '}
                        {row.sourceDate || 'undated'}) · <span className={STATUS_STYLE[status]}>{STATUS_TEXT[status]}</span>
                        <span className="text-slate-600"> · added by {row.addedBy}</span>
                      </p>
                      <div className="mt-1 flex flex-wrap items-start gap-3">
                        <details className="grow">
                          <summary className="cursor-pointer text-sm underline">Edit this source</summary>
                          <EvidenceForm
                            action={actions.update}
                            idPrefix={`ev-${row.id}`}
                            hidden={{ ...hidden, evidence_id: String(row.id), field: spec.field }}
                            initial={{ value: row.value, source_url: row.sourceUrl, source_date: row.sourceDate, source_kind: row.sourceKind }}
                            valueOptions={spec.values}
                            submitLabel="Save source"
                          />
                        </details>
                        <ActionButton action={actions.remove} fields={{ ...hidden, evidence_id: String(row.id) }} label="Remove this source" tone="danger" />
                      </div>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-700">No source recorded for this fact.</p>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium underline">Add a source for “{label}”</summary>
              <EvidenceForm
                action={actions.add}
                idPrefix={`ev-new-${spec.field}`}
                hidden={{ ...hidden, field: spec.field }}
                initial={{ value: current && current !== 'unknown' ? current : '', source_url: '', source_date: '', source_kind: 'school' }}
                valueOptions={spec.values}
                submitLabel="Add source"
              />
            </details>
          </div>
        );
      })}
    </section>
  );
}
