// The directories' URL contracts, read and written through one Zod object per directory (lib/schools/filters.ts,
// lib/programs/filters.ts, lib/events/filters.ts). The object's keys are the parameter names in canonical
// order and each field's schema says what one value may be, with the reason shown when it is not. The same
// object is the source of the OpenAPI parameters (lib/api/openapi.ts), so the description cannot drift.
//
// Reading is lenient per parameter (DESIGN §2): a bad value drops only itself and is reported; pages show a
// notice, the API turns any report into a 400. Shape of a field:
//   z.array(z.enum(...)).optional()  multi-valued, comma-separated, OR; canonical order is the enum's order
//   z.enum(...).optional()           one value (lower-cased); a repeated different value is reported
//   z.int()...                       a whole number written in digits
//   z.string().max(n).optional()     free text, control characters and runs of spaces cleaned
// A `.default(v)` gives the value an absent (or invalid) parameter reads as; the canonical URL leaves it out.
import { z } from 'zod';
import type {} from 'zod-openapi'; // types `.meta({ param })` (the OpenAPI parameter style)

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;
export type IgnoredParam = { param: string; value: string; reason: string };
export type QueryShape = Record<string, z.ZodType>;

/** What one field reads as: a list for multi-valued fields, the default or null for absent single ones. */
export type QueryValue<S extends z.ZodType> =
  NonNullable<z.output<S>> extends readonly (infer U)[] ? U[] : undefined extends z.output<S> ? NonNullable<z.output<S>> | null : z.output<S>;
export type QueryValues<S extends QueryShape> = { [K in keyof S]: QueryValue<S[K]> };

/** How much of a rejected value a report repeats. */
const ECHO_LENGTH = 60;
const REPEATED = 'given twice; the first value was used';

export function valuesOf(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Free text as the search reads it: control characters become spaces, runs of spaces one. */
export function cleanText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A field's own schema, without the optional/default wrapper. */
function innerOf(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

const reasonOf = (result: { error?: z.ZodError }) => result.error?.issues[0]?.message ?? 'not a valid value';

/** The allowed values of an enum field (or of a list's items), in declared order. */
export function optionsOf(schema: z.ZodType): readonly string[] {
  const inner = innerOf(schema);
  const item = inner instanceof z.ZodArray ? innerOf(inner.element as z.ZodType) : inner;
  return item instanceof z.ZodEnum ? (item.options as string[]) : [];
}

function readList(raw: RawParams, name: string, list: z.ZodArray, ignored: IgnoredParam[]): string[] {
  const item = list.element as z.ZodType;
  const picked = new Set<string>();
  for (const value of valuesOf(raw, name)) {
    for (const part of value.split(',')) {
      const v = part.trim().toLowerCase();
      if (v === '') continue;
      const parsed = item.safeParse(v);
      if (parsed.success) picked.add(parsed.data as string);
      else ignored.push({ param: name, value: part.slice(0, ECHO_LENGTH), reason: reasonOf(parsed) });
    }
  }
  // Canonical order is the declared order, whatever order the URL used.
  return optionsOf(list).filter((v) => picked.has(v));
}

function readSingle(raw: RawParams, name: string, schema: z.ZodType, ignored: IgnoredParam[]): unknown {
  const isNumber = schema instanceof z.ZodNumber;
  const isText = schema instanceof z.ZodString;
  let result: unknown = null;
  for (const value of valuesOf(raw, name)) {
    const v = isText ? cleanText(value) : isNumber ? value.trim() : value.trim().toLowerCase();
    if (v === '') continue;
    // Whole numbers are written in digits only: no sign, exponent, hex or decimal point.
    const parsed = schema.safeParse(isNumber ? (/^\d{1,9}$/.test(v) ? Number(v) : NaN) : v);
    if (!parsed.success) {
      const echo = isText ? `${v.slice(0, ECHO_LENGTH)}…` : value.slice(0, ECHO_LENGTH);
      ignored.push({ param: name, value: echo, reason: reasonOf(parsed) });
    } else if (result === null) result = parsed.data;
    // A second search text is simply not used; a second, different value of anything else is reported.
    else if (result !== parsed.data && !isText) ignored.push({ param: name, value: value.slice(0, ECHO_LENGTH), reason: REPEATED });
  }
  return result;
}

/** Reads every parameter the object declares, each by its own schema; unknown parameters are ignored. */
export function readQuery<S extends QueryShape>(query: z.ZodObject<S>, raw: RawParams): { values: QueryValues<S>; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(query.shape)) {
    const inner = innerOf(field);
    const read = inner instanceof z.ZodArray ? readList(raw, name, inner, ignored) : readSingle(raw, name, inner, ignored);
    values[name] = read ?? field.safeParse(undefined).data ?? null;
  }
  return { values: values as QueryValues<S>, ignored };
}

/**
 * Canonical query-string pairs: declared parameter order, list values in declared order, and every value
 * that means "no restriction" (empty list, null, the field's default) left out.
 */
export function queryPairs<S extends QueryShape>(query: z.ZodObject<S>, values: Partial<Record<keyof S, unknown>>): [keyof S & string, string][] {
  const pairs: [keyof S & string, string][] = [];
  for (const [name, field] of Object.entries(query.shape) as [keyof S & string, z.ZodType][]) {
    const value = values[name];
    if (value === null || value === undefined || value === field.safeParse(undefined).data) continue;
    if (Array.isArray(value)) {
      const ordered = optionsOf(field).filter((v) => value.includes(v));
      if (ordered.length) pairs.push([name, ordered.join(',')]);
    } else if (value !== '') pairs.push([name, String(value)]);
  }
  return pairs;
}

/** The query string without the leading "?"; commas stay readable so shared links read well. */
export function toQueryString(pairs: [string, string][]): string {
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&');
}

export function hrefWith(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/** A multi-valued parameter: comma-separated values from `values` (OR), described for the API document. */
export function listOf<const T extends readonly string[]>(values: T, description: string, reason = `must be one of ${values.join(', ')}`) {
  return z.array(oneOf(values, reason)).optional().meta({ description, uniqueItems: true, param: { style: 'form', explode: false } });
}

/** One value from `values`. */
export function oneOf<const T extends readonly string[]>(values: T, reason = `must be one of ${values.join(', ')}`) {
  return z.enum(values as unknown as [T[number], ...T[number][]], { error: reason });
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number, reason = `a whole number from ${min} to ${max}`) {
  return z.int({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
}

/** Free text of at most `max` characters. */
export function text(max: number) {
  return z.string().max(max, { error: `at most ${max} characters` });
}
