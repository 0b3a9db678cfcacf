import Link from 'next/link';
import { Badge, policyTone } from '../Badge';
import { VerifiedNote } from '../VerifiedNote';
import { FUNDS_LABEL, formatUsd, label } from '@/lib/schools/labels';

export type SchoolCardData = {
  slug: string;
  name: string;
  city: string;
  state: string;
  degree: string;
  ownership: string;
  acceptsInternational: string;
  needBasedAidForInternationals: string;
  meritScholarshipsForInternationals: string;
  institutionalLoansForInternationals: string;
  cosignerLoansAccepted: string;
  escrowOrProofOfFunds: string;
  tuitionUsdPerYear: number | null;
  tuitionYear: string | null;
  lastVerifiedAt: Date | null;
  asOf: string;
};

const INTL_TEXT: Record<string, string> = {
  yes: 'Accepts internationals',
  limited: 'Internationals: limited',
  no: 'Does not accept internationals',
  unknown: 'Internationals: not published',
};

function policyBadge(name: string, value: string) {
  const suffix = value === 'yes' ? '' : value === 'limited' ? ': limited' : value === 'no' ? ': no' : ': not published';
  return (
    <Badge tone={policyTone(value)}>
      {name}
      {suffix}
    </Badge>
  );
}

export function SchoolCard({ school, actions }: { school: SchoolCardData; actions?: React.ReactNode }) {
  return (
    <article className="print-break-avoid listing-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold">
            <Link href={`/schools/${school.slug}`}>{school.name}</Link>
          </h3>
          <p className="text-sm text-slate-600">
            {school.city}, {school.state} · {school.degree} · {school.ownership === 'public' ? 'Public' : 'Private'}
          </p>
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Policies for international students">
        <li>
          <Badge tone={policyTone(school.acceptsInternational)}>{INTL_TEXT[school.acceptsInternational]}</Badge>
        </li>
        <li>{policyBadge('Need-based aid', school.needBasedAidForInternationals)}</li>
        <li>{policyBadge('Merit scholarships', school.meritScholarshipsForInternationals)}</li>
        <li>{policyBadge('Institutional loans', school.institutionalLoansForInternationals)}</li>
        <li>{policyBadge('US-cosigner loans', school.cosignerLoansAccepted)}</li>
      </ul>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">Funding requirement: </dt>
          <dd className="inline">{label(FUNDS_LABEL, school.escrowOrProofOfFunds)}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Tuition: </dt>
          <dd className="inline">
            {formatUsd(school.tuitionUsdPerYear)}
            {school.tuitionUsdPerYear !== null && school.tuitionYear ? ` / year (${school.tuitionYear})` : ''}
          </dd>
        </div>
      </dl>
      <p className="mt-2">
        <VerifiedNote lastVerifiedAt={school.lastVerifiedAt} asOf={school.asOf} />
      </p>
    </article>
  );
}
