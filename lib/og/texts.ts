// The words on each preview card, from the same filter describer and labels the pages use. Pure.
import { describeConditions } from '../schools/describe';
import type { SchoolFilter } from '../schools/filters';

/** "23 schools · accept international applicants · offer need-based aid to international students" */
export function filterPreviewLine(filter: SchoolFilter, total: number): string {
  const degree = filter.degree.length === 1 ? `${filter.degree[0].toUpperCase()} ` : '';
  const head = `${total} ${degree}${total === 1 ? 'school' : 'schools'}`;
  return [head, ...describeConditions(filter).map((c) => c.replace(/^that /, ''))].join(' · ');
}

export function namesLine(names: string[], max = 4): string[] {
  const shown = names.slice(0, max);
  return names.length > max ? [...shown, `and ${names.length - max} more`] : shown;
}
