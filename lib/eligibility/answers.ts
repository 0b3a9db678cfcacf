// The guided finder's answers → a directory filter, with one plain sentence per filter saying why it was
// chosen. One pure function (answersToFilter), tested over every combination of answers
// (tests/unit/eligibility.test.ts). Unanswered questions narrow nothing.
import { EMPTY_FILTER, STATE_VALUES, type SchoolFilter } from '../schools/filters';
import { QUESTIONS, REGIONS, type Region } from './questions';

export type Answers = {
  status?: 'canadian' | 'daca' | 'other';
  studied?: 'us_degree' | 'us_some' | 'abroad';
  funds?: 'none' | 'one_year' | 'all_years';
  pay?: 'own' | 'need_aid' | 'loan';
  cosigner?: 'yes' | 'no';
  degree?: 'either' | 'md' | 'do';
  region: Region[];
};
export type Reason = { param: string; text: string };
type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const valuesOf = (raw: RawParams, name: string): string[] => {
  const value = raw instanceof URLSearchParams ? raw.getAll(name) : raw[name];
  return (value === undefined ? [] : Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
};

/** Each answer on its own: an unknown value is dropped and reported, never an error. */
export function parseAnswers(raw: RawParams): { answers: Answers; answered: boolean; ignored: string[] } {
  const answers: Answers = { region: [] };
  const ignored: string[] = [];
  let answered = false;
  for (const question of QUESTIONS) {
    const allowed = question.choices.map((c) => c.value) as string[];
    for (const value of valuesOf(raw, question.id).map((v) => v.trim()).filter(Boolean)) {
      answered = true;
      if (!allowed.includes(value)) ignored.push(`${question.id}=${value.slice(0, 40)}`);
      else if (question.id === 'region') answers.region = [...new Set([...answers.region, value as Region])];
      else if (!(question.id in answers)) (answers as Record<string, unknown>)[question.id] = value;
    }
  }
  answers.region.sort();
  return { answers, answered, ignored };
}

/** The answers as the finder's own query string (to come back and change them). */
export function answersQuery(answers: Answers): string {
  const pairs: string[] = [];
  for (const question of QUESTIONS) {
    const value = question.id === 'region' ? answers.region.join(',') : answers[question.id];
    if (value) pairs.push(`${question.id}=${value}`);
  }
  return pairs.join('&');
}

export function answersToFilter(answers: Answers): { filter: SchoolFilter; reasons: Reason[] } {
  const filter: SchoolFilter = { ...EMPTY_FILTER, degree: [], state: [], aid: [] };
  const reasons: Reason[] = [];
  const why = (param: string, text: string) => reasons.push({ param, text });

  if (answers.status === 'daca') {
    filter.daca = 'yes';
    why('daca', 'You are a DACA recipient, so the list keeps schools whose pages say they consider DACA recipients.');
  } else if (answers.status === 'canadian') {
    why('', 'As a Canadian citizen you are considered with international applicants at most schools, so no school is left out for that; the “Canadians treated as domestic” filter shows the few that treat you as a domestic applicant.');
  }
  if (answers.studied === 'abroad') {
    filter.coursework = 'preferred';
    why('coursework', 'You studied only outside the US and Canada, so the list leaves out schools that require US or Canadian coursework (it keeps those that only prefer it).');
  } else if (answers.studied === 'us_some') {
    filter.coursework = 'required';
    why('coursework', 'You have US or Canadian coursework but no degree from there, so the list leaves out schools that require a US or Canadian degree.');
  }
  if (answers.funds === 'none') {
    filter.funds = 'none';
    why('funds', 'You cannot show or deposit money up front, so the list keeps schools that ask for neither proof of funds nor escrow.');
  } else if (answers.funds === 'one_year') {
    filter.funds = 'proof';
    why('funds', 'You can show about one year’s costs, so the list leaves out schools that want money deposited in escrow. Some that remain ask for proof of all years: check each school.');
  }
  if (answers.pay === 'need_aid') {
    filter.aid = ['need'];
    why('aid', 'You need financial aid, so the list keeps schools that offer need-based aid to international students.');
  } else if (answers.pay === 'loan' && answers.cosigner === 'yes') {
    filter.cosigner = 'yes';
    why('cosigner', 'You need a loan and have a US cosigner, so the list keeps schools that accept private loans with a US cosigner.');
  } else if (answers.pay === 'loan') {
    filter.aid = ['loan'];
    why('aid', 'You need a loan without a US cosigner, so the list keeps schools that lend to international students themselves.');
  }
  if (answers.degree === 'md' || answers.degree === 'do') {
    filter.degree = [answers.degree];
    why('degree', `You asked for ${answers.degree.toUpperCase()} schools only.`);
  }
  if (answers.region.length) {
    const states = new Set<string>(answers.region.flatMap((r) => REGIONS[r].states));
    filter.state = STATE_VALUES.filter((s) => states.has(s)); // the URL contract's order
    const names = answers.region.map((r) => REGIONS[r].label);
    why('state', `You chose the ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`} ${names.length === 1 ? 'region' : 'regions'}, so the list keeps schools in ${names.length === 1 ? 'its' : 'their'} states.`);
  }
  return { filter, reasons };
}
