import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterChoices as Choices, FilterGroup as Group, FilterScrollList, FilterSearch, FilterSubmit } from '../filters/FilterControls';
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
        <Group legend="Country">
          <Choices name="country" values={COUNTRY_VALUES} selected={(c) => filter.country.includes(c)} label={(c) => COUNTRY_LABEL[c.toUpperCase()]} count={(c) => facets.country[c]} />
        </Group>
        <Group legend="Kind of program">
          <Choices name="kind" values={KIND_VALUES} selected={(k) => filter.kind.includes(k)} label={(k) => KIND_SHORT_LABEL[k]} count={(k) => facets.kind[k]} />
        </Group>
        <Group legend="Format">
          <Choices name="format" values={FORMAT_VALUES} selected={(f) => filter.format.includes(f)} label={(f) => FORMAT_SHORT_LABEL[f]} count={(f) => facets.format[f]} />
        </Group>
        <Group legend="Province or state">
          <FilterScrollList>
            <Choices name="region" values={regions} selected={(r) => filter.region.includes(r)} label={(r) => `${regionName(r)} (${r.toUpperCase()})`} count={(r) => facets.region[r] ?? 0} />
          </FilterScrollList>
        </Group>
      </div>
      <FilterSubmit />
    </AutoSubmitForm>
  );
}
