// Plain-words summary of a program filter ("7 bridging programs in Canada (ON)"). Used by the page heading,
// metadata and the exports' About sheet.
import { joinWords } from '../filters/words';
import type { ProgramFilter } from './filters';
import { COUNTRY_LABEL } from './labels';

const KIND_WORD: Record<string, string> = {
  bridging: 'bridging',
  assessment: 'assessment',
  degree: 'degree',
  certificate: 'certificate',
  exam_prep: 'exam-preparation',
  observership: 'observership',
  language_communication: 'language and communication',
  career_alternatives: 'alternative-career',
  cme: 'CME or mentoring',
};
const FORMAT_WORD: Record<string, string> = { online: 'online', in_person: 'in person', hybrid: 'hybrid' };

export function describeProgramFilter(filter: ProgramFilter, total: number): string {
  const noun = total === 1 ? 'program' : 'programs';
  const kinds = filter.kind.length ? joinWords(filter.kind.map((k) => KIND_WORD[k]), 'or') : '';
  const parts = [[String(total), kinds, noun].filter(Boolean).join(' ')];
  const regions = filter.region.map((r) => r.toUpperCase()).join(', ');
  if (filter.country.length) {
    const countries = joinWords(filter.country.map((c) => (c === 'us' ? 'the United States' : COUNTRY_LABEL[c.toUpperCase()])), 'or');
    parts.push(`in ${countries}${regions ? ` (${regions})` : ''}`);
  } else if (regions) parts.push(`in ${joinWords(filter.region.map((r) => r.toUpperCase()), 'or')}`);
  if (filter.format.length) parts.push(`offered ${joinWords(filter.format.map((f) => FORMAT_WORD[f]), 'or')}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
  return parts.join(' ');
}
