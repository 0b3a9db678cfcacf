import { AutoSubmitForm } from './AutoSubmitForm';
import { FilterChoices as Choices, FilterGroup as Group, FilterOption as Option, FilterScrollList, FilterSearch, FilterSubmit } from '../filters/FilterControls';
import { FACET_LABEL } from '@/lib/schools/labels';
import { AID_VALUES, DEFAULT_INTL, DEGREE_VALUES, effectiveIntl, FILTER_PARAMS, INTL_VALUES, OWNERSHIP_VALUES, SORT_VALUES, type SchoolFilter } from '@/lib/schools/filters';
import type { FacetCounts } from '@/lib/schools/queries';

/** The form's fields in the contract's order; a filter change starts again at page 1, so no `page`. */
const PARAMS = FILTER_PARAMS.filter((p) => p !== 'page');
const MULTI = ['degree', 'state', 'ownership', 'intl', 'aid'] as const;

export function FilterForm({ filter, facets, stateNames }: { filter: SchoolFilter; facets: FacetCounts; stateNames: Record<string, string> }) {
  const states = [...new Set([...Object.keys(facets.state), ...filter.state])].sort();
  return (
    <AutoSubmitForm action="/schools" params={PARAMS} multi={MULTI} defaults={{ sort: 'name', intl: DEFAULT_INTL.join(',') }} label="Filter schools" className="space-y-3">
      <FilterSearch id="q" value={filter.q} placeholder="Name, city, state, e.g. Hopkins" typed />
      <div key={JSON.stringify({ ...filter, q: null, page: 1 })} className="space-y-3">
        <Group legend="Degree">
          <Choices name="degree" values={DEGREE_VALUES} selected={(d) => filter.degree.includes(d)} label={(d) => FACET_LABEL.degree[d]} count={(d) => facets.degree[d]} />
        </Group>
        <Group legend="International applicants">
          {/* The default (nothing in the URL) is shown as what it means: schools that accept, fully or limited. */}
          <Choices name="intl" values={INTL_VALUES} selected={(v) => effectiveIntl(filter).includes(v)} label={(v) => FACET_LABEL.intl[v]} count={(v) => facets.intl[v]} />
        </Group>
        <Group legend="Aid open to internationals (all selected)">
          <Choices name="aid" values={AID_VALUES} selected={(v) => filter.aid.includes(v)} label={(v) => FACET_LABEL.aid[v]} count={(v) => facets.aid[v]} />
          <Option type="checkbox" name="cosigner" value="yes" checked={filter.cosigner === 'yes'} label="Accepts US-cosigned private loans" count={facets.cosigner} />
        </Group>
        <Group legend="Strictest funding requirement I can meet">
          <Choices type="radio" name="funds" values={['none', 'proof'] as const} selected={(v) => filter.funds === v} label={(v) => FACET_LABEL.funds[v]} count={(v) => facets.funds[v]} />
          <Option type="radio" name="funds" value="" checked={filter.funds === null} label={FACET_LABEL.funds.escrow} count={facets.funds.escrow} />
        </Group>
        <Group legend="US/Canadian coursework I can offer">
          <Choices
            type="radio"
            name="coursework"
            values={['none', 'preferred', 'required'] as const}
            selected={(v) => filter.coursework === v}
            label={(v) => FACET_LABEL.coursework[v]}
            count={(v) => facets.coursework[v]}
          />
          <Option type="radio" name="coursework" value="" checked={filter.coursework === null} label={FACET_LABEL.coursework.degree_required} count={facets.coursework.degree_required} />
        </Group>
        <Group legend="Other">
          <Option type="checkbox" name="daca" value="yes" checked={filter.daca === 'yes'} label="Considers DACA recipients" count={facets.daca} />
          <Option type="checkbox" name="canada" value="domestic" checked={filter.canada === 'domestic'} label="Canadians treated as domestic" count={facets.canada} />
        </Group>
        <Group legend="Sources">
          <Option
            type="checkbox"
            name="source"
            value="school"
            checked={filter.source === 'school'}
            label="Only facts confirmed on the school’s own (or an official) page"
            count={facets.source}
          />
        </Group>
        <Group legend="Ownership">
          <Choices name="ownership" values={OWNERSHIP_VALUES} selected={(v) => filter.ownership.includes(v)} label={(v) => FACET_LABEL.ownership[v]} count={(v) => facets.ownership[v]} />
        </Group>
        <Group legend="State">
          <FilterScrollList>
            <Choices name="state" values={states} selected={(s) => filter.state.includes(s)} label={(s) => stateNames[s.toUpperCase()] ?? s.toUpperCase()} count={(s) => facets.state[s] ?? 0} />
          </FilterScrollList>
        </Group>
        <div className="border-t border-slate-200 pt-3">
          <label htmlFor="tuition_max" className="mb-1 block text-sm font-semibold">
            Yearly tuition at most (USD)
          </label>
          <input
            id="tuition_max"
            name="tuition_max"
            type="number"
            min={0}
            step={1000}
            inputMode="numeric"
            defaultValue={filter.tuitionMax ?? ''}
            className="w-full rounded border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <div className="border-t border-slate-200 pt-3">
          <label htmlFor="sort" className="mb-1 block text-sm font-semibold">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={filter.sort} className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm">
            {SORT_VALUES.map((s) => (
              <option key={s} value={s}>
                {FACET_LABEL.sort[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FilterSubmit />
    </AutoSubmitForm>
  );
}
