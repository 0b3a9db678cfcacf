import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterGroup as Group, FilterOption as Option } from '../filters/FilterControls';
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
      <div>
        <label htmlFor="program-q" className="mb-1 block text-sm font-semibold">
          Search
        </label>
        <input
          key={filter.q ?? ''}
          id="program-q"
          type="search"
          name="q"
          defaultValue={filter.q ?? ''}
          maxLength={100}
          placeholder="Name, provider, e.g. Touchstone"
          className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-600"
        />
      </div>
      <div key={JSON.stringify({ ...filter, q: null, page: 1 })} className="space-y-3">
        <Group legend="Country">
          {COUNTRY_VALUES.map((c) => (
            <Option key={c} name="country" value={c} checked={filter.country.includes(c)} label={COUNTRY_LABEL[c.toUpperCase()]} count={facets.country[c]} />
          ))}
        </Group>
        <Group legend="Kind of program">
          {KIND_VALUES.map((k) => (
            <Option key={k} name="kind" value={k} checked={filter.kind.includes(k)} label={KIND_SHORT_LABEL[k]} count={facets.kind[k]} />
          ))}
        </Group>
        <Group legend="Format">
          {FORMAT_VALUES.map((f) => (
            <Option key={f} name="format" value={f} checked={filter.format.includes(f)} label={FORMAT_SHORT_LABEL[f]} count={facets.format[f]} />
          ))}
        </Group>
        <Group legend="Province or state">
          <div className="max-h-56 overflow-y-auto pr-1">
            {regions.map((r) => (
              <Option key={r} name="region" value={r} checked={filter.region.includes(r)} label={`${regionName(r)} (${r.toUpperCase()})`} count={facets.region[r] ?? 0} />
            ))}
          </div>
        </Group>
      </div>
      <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
        Apply filters
      </button>
    </AutoSubmitForm>
  );
}
