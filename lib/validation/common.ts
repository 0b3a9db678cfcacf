// Field schemas shared by every listing: the seed, the admin forms and the spreadsheet import all use them.
import { z } from 'zod';

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Slug is required')
  .max(120, 'Slug is at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000, 'URL is too long')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Enter a full http(s) URL');

/** Empty input becomes null; anything else must be an http(s) URL. */
export const optionalUrlSchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value))
  .pipe(httpUrlSchema.nullable());

export const asOfSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'Use YYYY or YYYY-MM-DD');

/** Space-separated URLs, as in the CSV's source_urls column; at least one. */
export const sourceUrlsSchema = z
  .string()
  .trim()
  .min(1, 'At least one source URL is required')
  .transform((value) => value.split(/\s+/).filter(Boolean))
  .pipe(z.array(httpUrlSchema).min(1, 'At least one source URL is required').max(30, 'At most 30 sources'));

export function enumField<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: () => `${label} must be one of: ${values.join(', ')}` });
}

export const shortTextSchema = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is at most ${max} characters`);

/** An email a reader may leave for a reply: empty → null, otherwise a valid address, lower-cased. */
export const optionalReplyEmailSchema = z
  .string()
  .trim()
  .max(200, 'At most 200 characters')
  .default('')
  .pipe(z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty')]))
  .transform((v) => (v === '' ? null : v.toLowerCase()));

/** Honeypot: a field people never see (bots fill it); a non-empty value marks the submission as a bot's. */
export const honeypotSchema = z.string().default('');

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
export type CamelKeys<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** A parsed CSV row (snake_case columns, as the files and the import name them) as a record (camelCase fields). */
export function camelKeys<T extends Record<string, unknown>>(row: T): CamelKeys<T> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value])) as CamelKeys<T>;
}
