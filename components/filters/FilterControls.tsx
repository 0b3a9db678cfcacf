// The building blocks of the directories' GET filter forms: a labelled option with its result count, a
// fieldset group, a list of choices, the search box and the submit button. Shared by /schools, /programs and
// /events so all three look and behave alike.
import { TypedSearchInput } from '../schools/TypedSearchInput';

export function FilterOption({
  type = 'checkbox',
  name,
  value,
  checked,
  label,
  count,
}: {
  type?: 'checkbox' | 'radio';
  name: string;
  value: string;
  checked: boolean;
  label: string;
  count?: number;
}) {
  return (
    <label className="filter-option">
      <input type={type} name={name} value={value} defaultChecked={checked} />
      <span>{label}</span>
      {count !== undefined ? <span className="filter-count">{count}</span> : null}
    </label>
  );
}

export function FilterGroup({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="mb-1 text-sm font-semibold text-slate-800">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** One option per value, checked when selected, each with the count it would give. */
export function FilterChoices<T extends string>({
  name,
  values,
  selected,
  label,
  count,
  type,
}: {
  name: string;
  values: readonly T[];
  selected: (value: T) => boolean;
  label: (value: T) => string;
  count: (value: T) => number | undefined;
  type?: 'checkbox' | 'radio';
}) {
  return values.map((v) => <FilterOption key={v} type={type} name={name} value={v} checked={selected(v)} label={label(v)} count={count(v)} />);
}

/** A long list of options (states, regions, organizers) that scrolls inside its group. */
export function FilterScrollList({ children }: { children: React.ReactNode }) {
  return <div className="max-h-56 overflow-y-auto pr-1">{children}</div>;
}

/** The free-text search of a directory form (`q`); `typed` keeps what the visitor typed (TypedSearchInput). */
export function FilterSearch({ id, value, placeholder, typed = false }: { id: string; value: string | null; placeholder: string; typed?: boolean }) {
  const props = {
    id,
    type: 'search',
    name: 'q',
    maxLength: 100,
    placeholder,
    className: 'w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm placeholder:text-slate-600',
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        Search
      </label>
      {typed ? <TypedSearchInput key={value ?? ''} value={value ?? ''} {...props} /> : <input key={value ?? ''} defaultValue={value ?? ''} {...props} />}
    </div>
  );
}

/** The submit button a GET filter form needs without JavaScript. */
export function FilterSubmit() {
  return (
    <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
      Apply filters
    </button>
  );
}

/**
 * A group of checkboxes for one multi-value parameter: checked when its value is chosen, each with the count it
 * would give. Long lists scroll inside the group and show 0 for an option no listing has.
 */
export function FilterMultiGroup<T extends string>({
  legend,
  name,
  values,
  chosen,
  label,
  counts,
  scroll = false,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  chosen: readonly string[];
  label: (value: T) => string;
  counts: Partial<Record<string, number>>;
  scroll?: boolean;
}) {
  const choices = <FilterChoices name={name} values={values} selected={(v) => chosen.includes(v)} label={label} count={(v) => counts[v] ?? (scroll ? 0 : undefined)} />;
  return <FilterGroup legend={legend}>{scroll ? <FilterScrollList>{choices}</FilterScrollList> : choices}</FilterGroup>;
}
