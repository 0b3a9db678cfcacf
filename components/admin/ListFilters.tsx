// The GET filter form above an admin list (search, status, queue, sort): the URL is the state. Each list shows
// the controls its query understands: search when given a label, queues when given some, sort when sortable.
type Props = {
  values: { q?: string | null; status?: string | null; queue?: string | null; sort?: string | null };
  searchLabel?: string;
  queues?: { all: string; options: Queue[] };
  sortable?: boolean;
};

type Queue = { value: string; label: string };

/** The queue of the listings that are verified (schools, lenders, programs). */
export const STALE_QUEUE: Queue = { value: 'stale', label: 'Not verified in 12 months' };

const control = 'mt-1 rounded border border-slate-400 bg-white px-2 py-1';

/** The GET form around a list's filter controls, with its "Show" button. */
export function FilterForm({ children }: { children: React.ReactNode }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
      {children}
      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100">
        Show
      </button>
    </form>
  );
}

/** One labelled control of a filter form (the control's id is `id`). */
export function FilterField({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export function ListFilters({ values, searchLabel, queues, sortable = false }: Props) {
  return (
    <FilterForm>
      {searchLabel ? (
        <FilterField id="q" label={searchLabel}>
          <input id="q" name="q" defaultValue={values.q ?? ''} className={control} />
        </FilterField>
      ) : null}
      <FilterField id="status" label="Status">
        <select id="status" name="status" defaultValue={values.status ?? ''} className={control}>
          <option value="">Any</option>
          <option value="published">Published</option>
          <option value="draft">Draft</option>
        </select>
      </FilterField>
      {queues ? (
        <FilterField id="queue" label="Queue">
          <select id="queue" name="queue" defaultValue={values.queue ?? ''} className={control}>
            <option value="">{queues.all}</option>
            {queues.options.map((q) => (
              <option key={q.value} value={q.value}>
                {q.label}
              </option>
            ))}
          </select>
        </FilterField>
      ) : null}
      {sortable ? (
        <FilterField id="sort" label="Sort by">
          <select id="sort" name="sort" defaultValue={values.sort ?? 'name'} className={control}>
            <option value="name">Name</option>
            <option value="updated">Recently updated</option>
          </select>
        </FilterField>
      ) : null}
    </FilterForm>
  );
}
