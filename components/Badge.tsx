/** The tones' colours live in app/globals.css (.badge-*): badges repeat dozens of times per page. */
export type BadgeTone = 'green' | 'amber' | 'red' | 'slate' | 'blue';

export function Badge({ tone = 'slate', children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
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
