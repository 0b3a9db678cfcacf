const TONES = {
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  amber: 'bg-amber-50 text-amber-900 ring-amber-200',
  red: 'bg-rose-50 text-rose-800 ring-rose-200',
  slate: 'bg-slate-100 text-slate-700 ring-slate-200',
  blue: 'bg-brand-50 text-brand-900 ring-brand-100',
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = 'slate', children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}

/** Tone for a yes/limited/no/unknown policy value. */
export function policyTone(value: string): BadgeTone {
  if (value === 'yes' || value === 'domestic') return 'green';
  if (value === 'limited' || value === 'depends') return 'amber';
  if (value === 'no' || value === 'international') return 'red';
  return 'slate';
}
