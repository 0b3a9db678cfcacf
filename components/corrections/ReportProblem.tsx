// "Report a problem" on a school, lender or program page: a collapsed section with the reader's form.
import { CORRECTION_FIELDS, type CorrectionEntity } from '@/lib/corrections/fields';
import { reportProblemAction } from '@/app/(site)/report/actions';
import { ReportProblemForm } from './ReportProblemForm';

export function ReportProblem({ entityType, slug }: { entityType: CorrectionEntity; slug: string }) {
  return (
    <section aria-labelledby="report-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="report-problem">
      <details>
        <summary className="cursor-pointer">
          <h2 id="report-heading" className="inline text-lg font-semibold">
            Report a problem
          </h2>
        </summary>
        <p className="mt-2 text-sm text-slate-700">Seen something outdated or wrong? Tell us what, ideally with a link to the source. Editors check every report.</p>
        <ReportProblemForm action={reportProblemAction} entityType={entityType} slug={slug} fields={CORRECTION_FIELDS[entityType]} />
      </details>
    </section>
  );
}
