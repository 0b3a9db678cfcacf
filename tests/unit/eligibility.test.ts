// The finder's answers → filters, over every combination of answers (each question unanswered or any choice,
// every subset of regions): 4·4·4·4·3·4·16 = 49,152 cases, checked against rules written out here.
import { describe, expect, it } from 'vitest';
import { answersQuery, answersToFilter, parseAnswers, type Answers } from '@/lib/eligibility/answers';
import { QUESTIONS, REGIONS, type Region } from '@/lib/eligibility/questions';
import { EMPTY_FILTER, parseSchoolFilter, serializeSchoolFilter, STATE_VALUES } from '@/lib/schools/filters';

const choices = (id: string) => [undefined, ...QUESTIONS.find((q) => q.id === id)!.choices.map((c) => c.value)];
const regionSets: Region[][] = [[]];
for (const region of Object.keys(REGIONS) as Region[]) for (const set of [...regionSets]) regionSets.push([...set, region].sort());

function* everyAnswer(): Generator<Answers> {
  for (const status of choices('status'))
    for (const studied of choices('studied'))
      for (const funds of choices('funds'))
        for (const pay of choices('pay'))
          for (const cosigner of choices('cosigner'))
            for (const degree of choices('degree'))
              for (const region of regionSets) yield { status, studied, funds, pay, cosigner, degree, region } as Answers;
}

describe('eligibility finder', () => {
  it('maps every combination of answers to the filters the rules say, each explained, each a valid link', () => {
    let cases = 0;
    const failures: string[] = [];
    const checkedUrls = new Set<string>();
    const statesOf = new Map(regionSets.map((set) => [set.join(), STATE_VALUES.filter((s) => set.some((r) => (REGIONS[r].states as readonly string[]).includes(s)))]));
    const fail = (answers: Answers, what: string) => failures.length < 5 && failures.push(`${JSON.stringify(answers)}: ${what}`);
    for (const answers of everyAnswer()) {
      cases++;
      const { filter, reasons } = answersToFilter(answers);
      const expected = {
        ...EMPTY_FILTER,
        daca: answers.status === 'daca' ? 'yes' : null,
        coursework: answers.studied === 'abroad' ? 'preferred' : answers.studied === 'us_some' ? 'required' : null,
        funds: answers.funds === 'none' ? 'none' : answers.funds === 'one_year' ? 'proof' : null,
        aid: answers.pay === 'need_aid' ? ['need'] : answers.pay === 'loan' && answers.cosigner !== 'yes' ? ['loan'] : [],
        cosigner: answers.pay === 'loan' && answers.cosigner === 'yes' ? 'yes' : null,
        degree: answers.degree === 'md' || answers.degree === 'do' ? [answers.degree] : [],
        state: statesOf.get(answers.region.join())!,
      };
      // Same keys in the same order: the finder sets nothing it has no question for (intl, canada, q, …).
      if (JSON.stringify(filter) !== JSON.stringify(expected)) fail(answers, `filter ${JSON.stringify(filter)}`);
      // Each filter it sets is explained in a sentence; nothing is explained that it did not set.
      const set = ['daca', 'coursework', 'funds', 'aid', 'cosigner', 'degree', 'state'].filter((k) => {
        const v = filter[k as keyof typeof filter];
        return Array.isArray(v) ? v.length > 0 : v !== null;
      });
      if (reasons.map((r) => r.param).filter(Boolean).sort().join() !== set.sort().join()) fail(answers, `reasons ${JSON.stringify(reasons)}`);
      if (reasons.some((r) => r.param === '') !== (answers.status === 'canadian')) fail(answers, 'Canadian note');
      // The answers survive their own query string (to change them later).
      const back = parseAnswers(new URLSearchParams(answersQuery(answers))).answers;
      for (const q of QUESTIONS) if (JSON.stringify(back[q.id]) !== JSON.stringify(answers[q.id])) fail(answers, `answer ${q.id} lost`);
      // The /schools link parses back to the same filter with nothing ignored. Parameters parse independently,
      // so each distinct link is checked once per region set only with all other answers unanswered.
      if (answers.region.length && Object.values({ ...answers, region: undefined }).some((v) => v !== undefined)) continue;
      const url = serializeSchoolFilter(filter);
      if (!checkedUrls.has(url)) {
        checkedUrls.add(url);
        const parsed = parseSchoolFilter(new URLSearchParams(url));
        if (parsed.ignored.length || JSON.stringify(parsed.filter) !== JSON.stringify(filter)) fail(answers, `link ${url}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBe(4 * 4 * 4 * 4 * 3 * 4 * 16);
    expect(checkedUrls.size).toBeGreaterThan(200);
  }, 60_000); // 49,152 cases: seconds on a busy 2-core machine

  it('drops unknown or repeated answers without failing', () => {
    const { answers, answered, ignored } = parseAnswers({ status: ['daca', 'canadian'], funds: 'lots', region: 'west,mars,west', pay: '<script>' });
    expect(answered).toBe(true);
    expect(answers).toEqual({ status: 'daca', region: ['west'] });
    expect(ignored).toEqual(['funds=lots', 'pay=<script>', 'region=mars']);
    expect(parseAnswers({}).answered).toBe(false);
  });
});
