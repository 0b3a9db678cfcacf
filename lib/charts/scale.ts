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

/**
 * Where a cycle sits on a time axis, in years: its leading year, plus half a year for a two-year label
 * ("2019-2020" → 2019.5, "2006 entering class" → 2006, "c. 2019" → 2019); null without a year.
 */
export function cyclePosition(cycle: string): number | null {
  const years = cycle.match(/\d{4}/g);
  if (!years) return null;
  return Number(years[0]) + (years.length > 1 && Number(years[1]) === Number(years[0]) + 1 ? 0.5 : 0);
}

/** Whole-year ticks from `min` to `max`, every 1, 2, 5 or 10 years so that at most `most` are drawn. */
export function yearTicks(min: number, max: number, most = 8): number[] {
  const from = Math.floor(min);
  const to = Math.ceil(max);
  const step = [1, 2, 5, 10].find((s) => Math.floor((to - from) / s) + 1 <= most) ?? 10;
  const out: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) out.push(year);
  return out;
}

/**
 * The segments between a series' consecutive known points on a time axis: `measured` when the two points are
 * neighbouring cycles at most a year and a half apart; otherwise the segment crosses years (or cycles) with no
 * published count, and is drawn as such (dashed), never as if measured.
 */
export function timeSegments(points: { position: number; value: number | null }[]): { from: { x: number; y: number }; to: { x: number; y: number }; measured: boolean }[] {
  const out: { from: { x: number; y: number }; to: { x: number; y: number }; measured: boolean }[] = [];
  let previous: { x: number; y: number; index: number } | null = null;
  points.forEach((p, index) => {
    if (p.value === null) return;
    const here = { x: p.position, y: p.value, index };
    if (previous) out.push({ from: previous, to: here, measured: index === previous.index + 1 && here.x - previous.x <= 1.5 });
    previous = here;
  });
  return out;
}
