// The header row of an admin table: one column header per label.
export function TableHead({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {labels.map((label) => (
          <th key={label} scope="col" className="p-2">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
