// The active program filters as removable chips, and the relaxations offered when nothing matches.
import { programsHref, type ProgramFilter } from './filters';
import { COUNTRY_LABEL, FORMAT_SHORT_LABEL, KIND_SHORT_LABEL, regionName } from './labels';

export type ProgramChip = { label: string; removeHref: string; param: string };

export function programChips(filter: ProgramFilter): ProgramChip[] {
  const chips: ProgramChip[] = [];
  const without = <T,>(list: T[], value: T) => list.filter((v) => v !== value);
  if (filter.q) chips.push({ param: 'q', label: `Search: “${filter.q}”`, removeHref: programsHref(filter, { q: null }) });
  for (const c of filter.country) chips.push({ param: 'country', label: COUNTRY_LABEL[c.toUpperCase()], removeHref: programsHref(filter, { country: without(filter.country, c) }) });
  for (const r of filter.region) chips.push({ param: 'region', label: `Region: ${regionName(r)}`, removeHref: programsHref(filter, { region: without(filter.region, r) }) });
  for (const k of filter.kind) chips.push({ param: 'kind', label: KIND_SHORT_LABEL[k], removeHref: programsHref(filter, { kind: without(filter.kind, k) }) });
  for (const f of filter.format) chips.push({ param: 'format', label: `Format: ${FORMAT_SHORT_LABEL[f]}`, removeHref: programsHref(filter, { format: without(filter.format, f) }) });
  return chips;
}

export type ProgramRelaxation = { param: string; label: string; filter: ProgramFilter };

/** Each active parameter with the filter that results from dropping it entirely. */
export function programRelaxations(filter: ProgramFilter): ProgramRelaxation[] {
  const base = { ...filter, page: 1 };
  const out: ProgramRelaxation[] = [];
  if (filter.q) out.push({ param: 'q', label: `the search “${filter.q}”`, filter: { ...base, q: null } });
  if (filter.country.length) out.push({ param: 'country', label: 'the country filter', filter: { ...base, country: [] } });
  if (filter.region.length) out.push({ param: 'region', label: 'the province/state filter', filter: { ...base, region: [] } });
  if (filter.kind.length) out.push({ param: 'kind', label: 'the kind-of-program filter', filter: { ...base, kind: [] } });
  if (filter.format.length) out.push({ param: 'format', label: 'the format filter', filter: { ...base, format: [] } });
  return out;
}
