// Tiny chart maths for the server-rendered SVG charts: a "nice" axis maximum, its ticks, a linear scale.

/** The smallest 1/2/2.5/5 × 10^n at or above `value` (0 stays 0 → 1 so an empty chart still has an axis). */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= value) return candidate;
  }
  return 10 * magnitude;
}

/** `count + 1` evenly spaced tick values from 0 to max inclusive. */
export function ticks(max: number, count = 4): number[] {
  const out: number[] = [];
  for (let i = 0; i <= count; i++) out.push(Math.round(((max * i) / count) * 1000) / 1000);
  return out;
}

/** Maps [d0, d1] onto [r0, r1] linearly (r1 < r0 is fine: SVG y grows downwards). */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Splits a series at nulls: each run of known values becomes its own line (a gap, never a zero). */
export function splitAtGaps<T>(points: { value: number | null; item: T }[]): { value: number; item: T; index: number }[][] {
  const runs: { value: number; item: T; index: number }[][] = [];
  let current: { value: number; item: T; index: number }[] = [];
  points.forEach((p, index) => {
    if (p.value === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push({ value: p.value, item: p.item, index });
  });
  if (current.length) runs.push(current);
  return runs;
}
