import { AutoSubmitForm } from './AutoSubmitForm';
import { FilterGroup as Group, FilterOption as Option } from '../filters/FilterControls';
import { FACET_LABEL } from '@/lib/schools/labels';
import { DEFAULT_INTL, effectiveIntl, type SchoolFilter } from '@/lib/schools/filters';
import type { FacetCounts } from '@/lib/schools/queries';

const PARAMS = ['q', 'degree', 'state', 'ownership', 'intl', 'aid', 'cosigner', 'funds', 'coursework', 'daca', 'canada', 'tuition_max', 'source', 'sort'] as const;
const MULTI = ['degree', 'state', 'ownership', 'intl', 'aid'] as const;

export function FilterForm({ filter, facets, stateNames }: { filter: SchoolFilter; facets: FacetCounts; stateNames: Record<string, string> }) {
  const states = [...new Set([...Object.keys(facets.state), ...filter.state])].sort();
  return (
    <AutoSubmitForm action="/schools" params={PARAMS} multi={MULTI} defaults={{ sort: 'name', intl: DEFAULT_INTL.join(',') }} label="Filter schools" className="space-y-3">
      <div>
        <label htmlFor="q" className="mb-1 block text-sm font-semibold">
          Search
        </label>
        <input
          key={filter.q ?? ''}
          id="q"
          type="search"
          name="q"
          defaultValue={filter.q ?? ''}
          maxLength={100}
          placeholder="Name, city, state, e.g. Hopkins"
          className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-600"
        />
      </div>
      <div key={JSON.stringify({ ...filter, q: null, page: 1 })} className="space-y-3">
        <Group legend="Degree">
          {(['md', 'do'] as const).map((d) => (
            <Option key={d} type="checkbox" name="degree" value={d} checked={filter.degree.includes(d)} label={FACET_LABEL.degree[d]} count={facets.degree[d]} />
          ))}
        </Group>
        <Group legend="International applicants">
          {/* The default (nothing in the URL) is shown as what it means: schools that accept, fully or limited. */}
          {(['yes', 'limited', 'no'] as const).map((v) => (
            <Option key={v} type="checkbox" name="intl" value={v} checked={effectiveIntl(filter).includes(v)} label={FACET_LABEL.intl[v]} count={facets.intl[v]} />
          ))}
        </Group>
        <Group legend="Aid open to internationals (all selected)">
          {(['need', 'merit', 'loan'] as const).map((v) => (
            <Option key={v} type="checkbox" name="aid" value={v} checked={filter.aid.includes(v)} label={FACET_LABEL.aid[v]} count={facets.aid[v]} />
          ))}
          <Option type="checkbox" name="cosigner" value="yes" checked={filter.cosigner === 'yes'} label="Accepts US-cosigned private loans" count={facets.cosigner} />
        </Group>
        <Group legend="Strictest funding requirement I can meet">
          {(['none', 'proof'] as const).map((v) => (
            <Option key={v} type="radio" name="funds" value={v} checked={filter.funds === v} label={FACET_LABEL.funds[v]} count={facets.funds[v]} />
          ))}
          <Option type="radio" name="funds" value="" checked={filter.funds === null} label={FACET_LABEL.funds.escrow} count={facets.funds.escrow} />
        </Group>
        <Group legend="US/Canadian coursework I can offer">
          {(['none', 'preferred', 'required'] as const).map((v) => (
            <Option key={v} type="radio" name="coursework" value={v} checked={filter.coursework === v} label={FACET_LABEL.coursework[v]} count={facets.coursework[v]} />
          ))}
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
          {(['public', 'private'] as const).map((v) => (
            <Option key={v} type="checkbox" name="ownership" value={v} checked={filter.ownership.includes(v)} label={FACET_LABEL.ownership[v]} count={facets.ownership[v]} />
          ))}
        </Group>
        <Group legend="State">
          <div className="max-h-56 overflow-y-auto pr-1">
            {states.map((s) => (
              <Option key={s} type="checkbox" name="state" value={s} checked={filter.state.includes(s)} label={stateNames[s.toUpperCase()] ?? s.toUpperCase()} count={facets.state[s] ?? 0} />
            ))}
          </div>
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
            {(['name', 'tuition', '-tuition', 'verified'] as const).map((s) => (
              <option key={s} value={s}>
                {FACET_LABEL.sort[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
        Apply filters
      </button>
    </AutoSubmitForm>
  );
}
