import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterMultiGroup as MultiGroup, FilterSearch, FilterSubmit } from '../filters/FilterControls';
import { COUNTRY_LABEL, FORMAT_SHORT_LABEL, KIND_SHORT_LABEL, regionName } from '@/lib/programs/labels';
import { COUNTRY_VALUES, FORMAT_VALUES, KIND_VALUES, PROGRAM_MULTI_PARAMS, REGION_VALUES, type ProgramFilter } from '@/lib/programs/filters';
import type { ProgramFacetCounts } from '@/lib/programs/queries';

const PARAMS = ['q', ...PROGRAM_MULTI_PARAMS] as const;

/** The /programs GET form: every facet with the count each option would give. Works without JavaScript. */
export function ProgramFilterForm({ filter, facets }: { filter: ProgramFilter; facets: ProgramFacetCounts }) {
  // Regions that have programs, plus any selected one, in the contract's order (provinces, then states).
  const regions = REGION_VALUES.filter((r) => (facets.region[r] ?? 0) > 0 || filter.region.includes(r));
  return (
    <AutoSubmitForm action="/programs" params={PARAMS} multi={PROGRAM_MULTI_PARAMS} defaults={{}} label="Filter programs" className="space-y-3">
      <FilterSearch id="program-q" value={filter.q} placeholder="Name, provider, e.g. Touchstone" />
      <div key={JSON.stringify({ ...filter, q: null, page: 1 })} className="space-y-3">
        <MultiGroup legend="Country" name="country" values={COUNTRY_VALUES} chosen={filter.country} label={(c) => COUNTRY_LABEL[c.toUpperCase()]} counts={facets.country} />
        <MultiGroup legend="Kind of program" name="kind" values={KIND_VALUES} chosen={filter.kind} label={(k) => KIND_SHORT_LABEL[k]} counts={facets.kind} />
        <MultiGroup legend="Format" name="format" values={FORMAT_VALUES} chosen={filter.format} label={(f) => FORMAT_SHORT_LABEL[f]} counts={facets.format} />
        <MultiGroup legend="Province or state" name="region" values={regions} chosen={filter.region} label={(r) => `${regionName(r)} (${r.toUpperCase()})`} counts={facets.region} scroll />
      </div>
      <FilterSubmit />
    </AutoSubmitForm>
  );
}
