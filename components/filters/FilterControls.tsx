// The building blocks of the directories' GET filter forms: a labelled option with its result count, and a
// fieldset group. Shared by /schools and /programs so both look and behave alike.

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
