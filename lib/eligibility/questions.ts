// The guided finder's questions (/eligibility): plain choices, each with a one-line explanation and the
// glossary entry that explains its words. Pure data; lib/eligibility/answers.ts turns answers into filters.

export type Choice = { value: string; label: string };
export type Question = {
  id: 'status' | 'studied' | 'funds' | 'pay' | 'cosigner' | 'degree' | 'region';
  question: string;
  hint: string;
  glossary: { slug: string; term: string } | null;
  multiple?: true;
  choices: readonly Choice[];
};

/** US Census Bureau regions (DC counts as the South). */
export const REGIONS = {
  northeast: { label: 'Northeast', states: ['ct', 'ma', 'me', 'nh', 'nj', 'ny', 'pa', 'ri', 'vt'] },
  midwest: { label: 'Midwest', states: ['ia', 'il', 'in', 'ks', 'mi', 'mn', 'mo', 'nd', 'ne', 'oh', 'sd', 'wi'] },
  south: { label: 'South', states: ['al', 'ar', 'dc', 'de', 'fl', 'ga', 'ky', 'la', 'md', 'ms', 'nc', 'ok', 'sc', 'tn', 'tx', 'va', 'wv'] },
  west: { label: 'West', states: ['ak', 'az', 'ca', 'co', 'hi', 'id', 'mt', 'nm', 'nv', 'or', 'ut', 'wa', 'wy'] },
} as const;
export type Region = keyof typeof REGIONS;

export const QUESTIONS = [
  {
    id: 'status',
    question: 'Which describes you?',
    hint: 'Schools treat Canadian citizens and DACA recipients differently from other applicants who are not US citizens or permanent residents.',
    glossary: { slug: 'daca', term: 'DACA' },
    choices: [
      { value: 'canadian', label: 'Canadian citizen' },
      { value: 'daca', label: 'DACA recipient' },
      { value: 'other', label: 'Another citizenship (for example on an F-1 student visa, or living abroad)' },
    ],
  },
  {
    id: 'studied',
    question: 'Where did you study for your degree?',
    hint: 'Many schools ask international applicants for college coursework done in the US or Canada.',
    glossary: { slug: 'f-1-visa', term: 'F-1 visa' },
    choices: [
      { value: 'us_degree', label: 'I have (or will have) a US or Canadian bachelor’s degree' },
      { value: 'us_some', label: 'At a US or Canadian college for a year or more, without finishing a degree there' },
      { value: 'abroad', label: 'Only outside the US and Canada' },
    ],
  },
  {
    id: 'funds',
    question: 'How much of the cost can you show or deposit before you enroll?',
    hint: 'Some schools ask for proof of funds; some ask you to deposit one or all years of costs in an escrow account.',
    glossary: { slug: 'escrow', term: 'Escrow and proof of funds' },
    choices: [
      { value: 'none', label: 'None up front' },
      { value: 'one_year', label: 'About one year’s costs' },
      { value: 'all_years', label: 'All years’ costs, even as a deposit' },
    ],
  },
  {
    id: 'pay',
    question: 'How will you pay for medical school?',
    hint: 'Few schools give need-based aid or their own loans to international students; others expect you to bring the money.',
    glossary: { slug: 'need-based-aid', term: 'Need-based aid' },
    choices: [
      { value: 'own', label: 'With my own or my family’s money' },
      { value: 'need_aid', label: 'I need financial aid from the school' },
      { value: 'loan', label: 'I need a loan' },
    ],
  },
  {
    id: 'cosigner',
    question: 'Could a US citizen or permanent resident cosign a loan for you?',
    hint: 'Private lenders usually lend to international students only with a cosigner who is a US citizen or permanent resident.',
    glossary: { slug: 'cosigner', term: 'Cosigner' },
    choices: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    id: 'degree',
    question: 'MD, DO, or either?',
    hint: 'Both lead to a US medical license; DO schools add osteopathic training.',
    glossary: { slug: 'md-vs-do', term: 'MD vs DO' },
    choices: [
      { value: 'either', label: 'Either' },
      { value: 'md', label: 'MD only' },
      { value: 'do', label: 'DO only' },
    ],
  },
  {
    id: 'region',
    question: 'Where in the US? (leave all unticked for anywhere)',
    hint: 'Regions as the US Census Bureau draws them.',
    glossary: null,
    multiple: true,
    choices: Object.entries(REGIONS).map(([value, region]) => ({ value, label: region.label })),
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
