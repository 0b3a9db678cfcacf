// How the school page (and compare/export) presents each policy field: group, question, plain-language
// explanation of the value, and the glossary term it uses.
import type { SchoolRow } from './queries';
import {
  ACCEPTS_INTERNATIONAL_LABEL,
  CANADIANS_LABEL,
  COURSEWORK_LABEL,
  FUNDS_LABEL,
  UNKNOWN_TEXT,
  YES_LIMITED_LABEL,
  formatUsd,
  label,
} from './labels';

export type FieldKey =
  | 'acceptsInternational'
  | 'usCourseworkRequired'
  | 'canadiansTreatedAs'
  | 'dacaAccepted'
  | 'escrowOrProofOfFunds'
  | 'cosignerLoansAccepted'
  | 'needBasedAidForInternationals'
  | 'meritScholarshipsForInternationals'
  | 'institutionalLoansForInternationals'
  | 'tuitionUsdPerYear';

export type FieldSpec = {
  key: FieldKey;
  question: string;
  glossary?: string;
  value: (s: SchoolRow) => string;
  explain: (s: SchoolRow) => string;
};

const yesNo = (yes: string, no: string, limited?: string) => (value: string) =>
  value === 'yes' ? yes : value === 'no' ? no : value === 'limited' && limited ? limited : 'No source we read states this. Ask the school before relying on it.';

export const FIELD_GROUPS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: 'Admission of international applicants',
    fields: [
      {
        key: 'acceptsInternational',
        question: 'Accepts international applicants?',
        value: (s) => label(ACCEPTS_INTERNATIONAL_LABEL, s.acceptsInternational),
        explain: (s) =>
          ({
            yes: 'The school considers applicants who are not US citizens or permanent residents.',
            limited: 'The school admits very few international applicants, or only some groups of non-citizens (for example, no visa sponsorship).',
            no: 'The school does not consider international applicants.',
          })[s.acceptsInternational] ?? 'No source we read states whether the school considers international applicants.',
      },
      {
        key: 'usCourseworkRequired',
        question: 'US or Canadian coursework expected?',
        value: (s) => label(COURSEWORK_LABEL, s.usCourseworkRequired),
        explain: (s) =>
          ({
            none: 'Applicants educated abroad are not required to have studied at a US or Canadian college.',
            preferred: 'Coursework at a US or Canadian college is preferred but not strictly required.',
            required: 'Applicants must have completed prerequisite coursework at a US or Canadian college.',
            degree_required: 'Applicants need a bachelor’s degree from a US or Canadian college.',
          })[s.usCourseworkRequired] ?? 'No source we read states a coursework rule for applicants educated abroad.',
      },
      {
        key: 'canadiansTreatedAs',
        question: 'How are Canadian applicants treated?',
        value: (s) => label(CANADIANS_LABEL, s.canadiansTreatedAs),
        explain: (s) =>
          ({
            domestic: 'Canadian citizens are considered alongside US applicants.',
            international: 'Canadian citizens apply under the same rules as other international applicants.',
          })[s.canadiansTreatedAs] ?? 'No source we read states how Canadian applicants are classified.',
      },
      {
        key: 'dacaAccepted',
        question: 'Considers DACA recipients?',
        glossary: 'daca',
        value: (s) => label(YES_LIMITED_LABEL, s.dacaAccepted),
        explain: (s) => yesNo('Applicants with DACA status are considered.', 'Applicants with DACA status are not considered.')(s.dacaAccepted),
      },
    ],
  },
  {
    title: 'Funding requirements',
    fields: [
      {
        key: 'escrowOrProofOfFunds',
        question: 'Proof of funds or escrow before enrolling?',
        glossary: 'escrow',
        value: (s) => label(FUNDS_LABEL, s.escrowOrProofOfFunds),
        explain: (s) =>
          ({
            none: 'No source we read mentions a deposit or proof-of-funds requirement beyond the usual visa paperwork.',
            proof_1yr: 'Before enrolling you must document that you can pay for the first year.',
            proof_all_years: 'Before enrolling you must document that you can pay for the whole programme.',
            escrow_1yr: 'You must deposit the first year’s costs with the school in advance.',
            escrow_all_years: 'You may have to deposit the costs of every year of the programme in advance.',
            required_unspecified: 'The school requires some financial guarantee; its published pages do not say which form.',
          })[s.escrowOrProofOfFunds] ?? 'No source we read states what international students must show or deposit.',
      },
      {
        key: 'cosignerLoansAccepted',
        question: 'Private loans with a US cosigner accepted?',
        glossary: 'cosigner',
        value: (s) => label(YES_LIMITED_LABEL, s.cosignerLoansAccepted),
        explain: (s) =>
          yesNo(
            'Private loans co-signed by a US citizen or permanent resident count toward the funding you must show.',
            'Private loans with a US cosigner are not accepted as funding.',
          )(s.cosignerLoansAccepted),
      },
    ],
  },
  {
    title: 'Aid, scholarships and loans',
    fields: [
      {
        key: 'needBasedAidForInternationals',
        question: 'Need-based aid for international students?',
        glossary: 'need-based-aid',
        value: (s) => label(YES_LIMITED_LABEL, s.needBasedAidForInternationals),
        explain: (s) =>
          yesNo(
            'International students can receive the school’s own need-based grants or scholarships.',
            'The school’s need-based aid is not open to international students.',
            'Some need-based aid is open to international students, with limits.',
          )(s.needBasedAidForInternationals),
      },
      {
        key: 'meritScholarshipsForInternationals',
        question: 'Merit scholarships for international students?',
        glossary: 'merit-scholarship',
        value: (s) => label(YES_LIMITED_LABEL, s.meritScholarshipsForInternationals),
        explain: (s) =>
          yesNo(
            'International students are eligible for the school’s merit awards.',
            'Merit awards are not open to international students.',
            'Some merit awards are open to international students.',
          )(s.meritScholarshipsForInternationals),
      },
      {
        key: 'institutionalLoansForInternationals',
        question: 'Institutional loans for international students?',
        glossary: 'institutional-loan',
        value: (s) => label(YES_LIMITED_LABEL, s.institutionalLoansForInternationals),
        explain: (s) =>
          yesNo(
            'The school lends its own money to international students (US federal loans are not open to them).',
            'The school does not offer its own loans to international students.',
          )(s.institutionalLoansForInternationals),
      },
    ],
  },
  {
    title: 'Costs',
    fields: [
      {
        key: 'tuitionUsdPerYear',
        question: 'Yearly tuition (non-resident)',
        value: (s) => (s.tuitionUsdPerYear === null ? UNKNOWN_TEXT : `${formatUsd(s.tuitionUsdPerYear)}${s.tuitionYear ? ` (${s.tuitionYear})` : ''}`),
        explain: (s) =>
          s.tuitionUsdPerYear === null
            ? 'No source we read gives a current tuition figure.'
            : 'Tuition for a non-resident student; some sources include fees. Living costs are extra.',
      },
    ],
  },
];
