// The active program filters as removable chips, and the relaxations offered when nothing matches.
import { valueChips, type FilterChip, type FilterRelaxation } from '../filters/chips';
import { programsHref, type ProgramFilter } from './filters';
import { COUNTRY_LABEL, FORMAT_SHORT_LABEL, KIND_SHORT_LABEL, regionName } from './labels';

export type ProgramChip = FilterChip;

export function programChips(filter: ProgramFilter): ProgramChip[] {
  const href = (patch: Partial<ProgramFilter>) => programsHref(filter, patch);
  return [
    ...(filter.q ? [{ param: 'q', label: `Search: “${filter.q}”`, removeHref: href({ q: null }) }] : []),
    ...valueChips('country', filter.country, (c) => COUNTRY_LABEL[c.toUpperCase()], (country) => href({ country })),
    ...valueChips('region', filter.region, (r) => `Region: ${regionName(r)}`, (region) => href({ region })),
    ...valueChips('kind', filter.kind, (k) => KIND_SHORT_LABEL[k], (kind) => href({ kind })),
    ...valueChips('format', filter.format, (f) => `Format: ${FORMAT_SHORT_LABEL[f]}`, (format) => href({ format })),
  ];
}

export type ProgramRelaxation = FilterRelaxation<ProgramFilter>;

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
