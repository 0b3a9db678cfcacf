// A plain one-line summary of a school for readers, composed from its facts (never from the editors' notes,
// which are research notes). At most 200 characters: the most decisive facts first, each only when known.
import type { PolicyFacts } from './policy-keys';

export type SummaryFacts = PolicyFacts;

export const READER_SUMMARY_MAX = 200;

const ADMISSION: Record<string, string> = {
  yes: 'Considers international applicants.',
  limited: 'Admits international applicants only in limited cases.',
  no: 'Says it does not accept international applicants.',
  unknown: 'Its policy on international applicants is not published.',
};

const COURSEWORK: Record<string, string> = {
  none: 'No US or Canadian coursework needed.',
  preferred: 'Prefers some US or Canadian coursework.',
  required: 'Requires US or Canadian coursework.',
  degree_required: 'Requires a US or Canadian bachelor’s degree.',
};

const FUNDS: Record<string, string> = {
  none: 'No proof of funds or escrow.',
  proof_1yr: 'Asks for proof of one year’s funds.',
  proof_all_years: 'Asks for proof of funds for all years.',
  escrow_1yr: 'Asks for one year’s costs in escrow.',
  escrow_all_years: 'Asks for all years’ costs in escrow.',
  required_unspecified: 'Asks for a financial guarantee.',
};

function aidSentence(f: SummaryFacts): string | null {
  const offered: string[] = [];
  const refused: string[] = [];
  const sort = (value: string, name: string) => {
    if (value === 'yes' || value === 'limited') offered.push(name);
    else if (value === 'no') refused.push(name);
  };
  sort(f.needBasedAidForInternationals, 'need-based aid');
  sort(f.meritScholarshipsForInternationals, 'merit scholarships');
  sort(f.institutionalLoansForInternationals, 'school loans');
  if (offered.length) return `Offers ${joinAnd(offered)} to international students.`;
  if (refused.length === 3) return 'No school aid or loans for international students.';
  if (refused.length) return `No ${joinOr(refused)} for international students.`;
  return null;
}

const joinAnd = (w: string[]) => (w.length < 2 ? w.join('') : `${w.slice(0, -1).join(', ')} and ${w[w.length - 1]}`);
const joinOr = (w: string[]) => (w.length < 2 ? w.join('') : `${w.slice(0, -1).join(', ')} or ${w[w.length - 1]}`);

export function composeReaderSummary(f: SummaryFacts): string {
  const parts: (string | null | undefined)[] = [ADMISSION[f.acceptsInternational] ?? ADMISSION.unknown];
  if (f.acceptsInternational === 'no') {
    if (f.dacaAccepted === 'yes') parts.push('Considers DACA recipients.');
    if (f.canadiansTreatedAs === 'domestic') parts.push('Treats Canadians as domestic applicants.');
  } else {
    parts.push(
      COURSEWORK[f.usCourseworkRequired],
      FUNDS[f.escrowOrProofOfFunds],
      aidSentence(f),
      f.cosignerLoansAccepted === 'yes' ? 'Private loans with a US cosigner accepted.' : null,
      f.dacaAccepted === 'yes' ? 'Considers DACA recipients.' : null,
      f.canadiansTreatedAs === 'domestic' ? 'Treats Canadians as domestic applicants.' : null,
    );
  }
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    const next = out ? `${out} ${part}` : part;
    if (next.length > READER_SUMMARY_MAX) break;
    out = next;
  }
  return out;
}
