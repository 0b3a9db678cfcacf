// "2015 – 2026": how old an export's facts are, from its rows' as-of values (ISO-like strings sort as dates).
// Shared by the export loader and the About part, which otherwise would import each other.
export function formatAsOfRange(min: string | null, max: string | null): string {
  if (min === null || max === null) return 'No rows';
  return min === max ? min : `${min} – ${max}`;
}

export function asOfRange(schools: { asOf: string }[]): string {
  const values = schools.map((s) => s.asOf).sort();
  return formatAsOfRange(values[0] ?? null, values[values.length - 1] ?? null);
}
