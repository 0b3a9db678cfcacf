// The active filters as removable chips (components/filters/ActiveFilterChips.tsx), and the relaxations a
// directory offers when nothing matches: the same shapes for schools, programs and events.

export type FilterChip = { param: string; label: string; removeHref: string };

/** Each active parameter with the filter that results from dropping it. */
export type FilterRelaxation<F> = { param: string; label: string; filter: F };

/** One chip per selected value of a multi-valued parameter; removing it keeps the other values. */
export function valueChips<T>(param: string, values: readonly T[], label: (value: T) => string, hrefWithout: (rest: T[]) => string): FilterChip[] {
  return values.map((value) => ({ param, label: label(value), removeHref: hrefWithout(values.filter((v) => v !== value)) }));
}
