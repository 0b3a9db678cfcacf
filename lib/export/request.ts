// What an export request asks for: a filtered view (the /schools filters, strict) or a shortlist
// (`schools=slug1,slug2`, in that order), plus, on POST only, the visitor's private notes. Pure: no database.
import { z } from 'zod';
import type { SchoolFilter } from '../schools/filters';
import { parseStrictSchoolFilter } from '../api/school-params';
import { BadRequestError, ForbiddenError } from '../api/errors';
import { trustedForwarded } from '../security/proxy-hops';

export const SHORTLIST_MAX = 200;
export const NOTE_MAX_LENGTH = 2_000;
export const POST_BODY_MAX_BYTES = 512 * 1024;

export type ExportSelection = { kind: 'filter'; filter: SchoolFilter } | { kind: 'shortlist'; slugs: string[] };
export type ExportRequest = { selection: ExportSelection; notes: Record<string, string> | null };

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Unknown or malformed slugs are ignored (they match no published school anyway); order and first occurrence kept. */
export function parseShortlistSlugs(raw: string[]): string[] {
  const slugs = [...new Set(raw.flatMap((v) => v.split(',')).map((s) => s.trim().toLowerCase()).filter((s) => SLUG.test(s)))];
  if (slugs.length > SHORTLIST_MAX) {
    throw new BadRequestError(`A shortlist export takes at most ${SHORTLIST_MAX} schools.`, [
      { param: 'schools', value: `${slugs.length} schools`, reason: `at most ${SHORTLIST_MAX}` },
    ]);
  }
  return slugs;
}

/** GET: `schools=` makes a shortlist export; otherwise the /schools filters, where any invalid value is a 400. */
export function parseExportQuery(params: URLSearchParams): ExportRequest {
  if (params.has('schools')) return { selection: { kind: 'shortlist', slugs: parseShortlistSlugs(params.getAll('schools')) }, notes: null };
  return { selection: { kind: 'filter', filter: parseStrictSchoolFilter(params) }, notes: null };
}

const postSchema = z
  .object({
    schools: z.array(z.string().max(100)).max(SHORTLIST_MAX),
    notes: z.record(z.string().max(100), z.string().max(NOTE_MAX_LENGTH)).optional(),
  })
  .strict();

/** POST body: `{ schools: [...], notes: { slug: note } }`; notes for slugs outside the list are dropped. */
export function parseExportPost(body: unknown): ExportRequest {
  const parsed = postSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ param: i.path.join('.') || '(body)', value: '', reason: i.message }));
    throw new BadRequestError('The export request is not valid: expected {"schools": [slugs], "notes": {slug: text}}.', issues);
  }
  const slugs = parseShortlistSlugs(parsed.data.schools);
  const notes: Record<string, string> = {};
  for (const slug of slugs) {
    const note = parsed.data.notes?.[slug]?.trim();
    if (note) notes[slug] = note;
  }
  return { selection: { kind: 'shortlist', slugs }, notes };
}

/**
 * Cross-site POSTs are refused: an Origin header must be this site's — the configured origin, or the host the
 * request was addressed to (X-Forwarded-Host behind a proxy, else Host; a browser cannot forge either on a
 * cross-site request without a CORS preflight this route never grants). Without Origin, Sec-Fetch-Site must
 * not say another site sent it.
 */
export function assertSameOrigin(headers: Headers, siteOrigin: string, hops?: number): void {
  const forbidden = new ForbiddenError('Cross-origin export requests are not allowed.');
  const origin = headers.get('origin');
  if (origin !== null) {
    if (origin === siteOrigin) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw forbidden;
    }
    const requestHost = trustedForwarded(headers, 'x-forwarded-host', hops) || headers.get('host');
    if (!requestHost || originHost !== requestHost) throw forbidden;
    return;
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') throw forbidden;
}

/** Reads a POST body (JSON, or a form field `payload` holding the JSON, for a no-script form) within the size limit. */
export async function readExportPost(request: Request): Promise<ExportRequest> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > POST_BODY_MAX_BYTES) throw new BadRequestError('The export request is too large.');
  const raw = await request.text();
  if (Buffer.byteLength(raw) > POST_BODY_MAX_BYTES) throw new BadRequestError('The export request is too large.');
  const type = request.headers.get('content-type') ?? '';
  const json = type.includes('application/x-www-form-urlencoded') ? new URLSearchParams(raw).get('payload') ?? '' : raw;
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw new BadRequestError('The export request body is not valid JSON.');
  }
  return parseExportPost(body);
}
