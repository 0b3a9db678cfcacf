// Which guides help with one school's policies ("Guides for this situation" on /schools/[slug]). Pure: the
// page fetches the chosen slugs. Each pick carries the reason, so the page can say why it is there.
export type SchoolPolicies = {
  needBasedAidForInternationals: string;
  meritScholarshipsForInternationals: string;
  institutionalLoansForInternationals: string;
  cosignerLoansAccepted: string;
  escrowOrProofOfFunds: string;
  usCourseworkRequired: string;
  canadiansTreatedAs: string;
  acceptsInternational: string;
};

export type GuidePick = { slug: string; reason: string };

export const GUIDES_FOR_SCHOOL_LIMIT = 4;

const NO_OR_UNKNOWN = new Set(['no', 'unknown']);

export function chooseGuidesForSchool(school: SchoolPolicies): GuidePick[] {
  const picks: GuidePick[] = [];
  const add = (slug: string, reason: string) => {
    if (!picks.some((p) => p.slug === slug)) picks.push({ slug, reason });
  };
  const funds = school.escrowOrProofOfFunds;
  if (funds.startsWith('escrow') || funds === 'required_unspecified') {
    add('escrow-and-proof-of-funds-explained', 'This school asks for escrow or a financial guarantee.');
  } else if (funds.startsWith('proof')) {
    add('f1-visa-and-proof-of-funds-for-medical-school', 'This school asks for proof of funds.');
  }
  if (NO_OR_UNKNOWN.has(school.needBasedAidForInternationals) && NO_OR_UNKNOWN.has(school.meritScholarshipsForInternationals)) {
    add('financing-us-medical-school-international', 'Need-based aid or scholarships for international students are not offered or not published.');
  }
  if (NO_OR_UNKNOWN.has(school.institutionalLoansForInternationals) || school.cosignerLoansAccepted === 'yes') {
    add('private-loans-and-us-cosigners', school.cosignerLoansAccepted === 'yes'
      ? 'This school accepts private loans with a US cosigner.'
      : 'The school’s own loans for international students are not offered or not published.');
  }
  if (school.canadiansTreatedAs !== 'unknown' && school.canadiansTreatedAs !== '') {
    add('canadians-studying-medicine-abroad', school.canadiansTreatedAs === 'domestic'
      ? 'This school treats Canadian applicants as domestic.'
      : 'This school treats Canadian applicants as international.');
  }
  if (['preferred', 'required', 'degree_required'].includes(school.usCourseworkRequired)) {
    add('us-coursework-and-mcat-for-international-applicants', 'This school prefers or requires US/Canadian coursework.');
  }
  if (funds !== 'none' && funds !== 'unknown' && school.acceptsInternational !== 'no') {
    add('f1-visa-and-proof-of-funds-for-medical-school', 'International students need an F-1 visa backed by proof of funds.');
  }
  add('shortlisting-us-medical-schools-with-the-directory', 'How to compare this school with others in the directory.');
  return picks.slice(0, GUIDES_FOR_SCHOOL_LIMIT);
}
