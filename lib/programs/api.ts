// The JSON API's view of programs: strict request parsing (any dropped value is a 400) and the public shape
// of one program (camelCase columns, stored values unchanged, ISO dates).
import { parseProgramFilter, parseWholeNumber, type IgnoredParam, type ProgramFilter } from './filters';

export const API_PER_PAGE_DEFAULT = 20;
export const API_PER_PAGE_MAX = 100;

export type ProgramApiRequest =
  | { ok: true; filter: ProgramFilter; perPage: number }
  | { ok: false; issues: IgnoredParam[] };

export function parseProgramApiRequest(params: URLSearchParams): ProgramApiRequest {
  const { filter, ignored } = parseProgramFilter(params);
  const perPage = parseWholeNumber(params, 'per_page', API_PER_PAGE_MAX, ignored);
  if (ignored.length) return { ok: false, issues: ignored };
  return { ok: true, filter, perPage: perPage ?? API_PER_PAGE_DEFAULT };
}

type StoredProgram = {
  slug: string; name: string; provider: string; country: string; region: string | null; kind: string; format: string;
  costNote: string | null; durationNote: string | null; eligibilityNote: string; websiteUrl: string; notesShort: string;
  asOf: string; lastVerifiedAt: Date | null; updatedAt: Date; sources: { url: string; title: string | null }[];
};

export function toApiProgram(p: StoredProgram) {
  return {
    slug: p.slug,
    name: p.name,
    provider: p.provider,
    country: p.country,
    region: p.region,
    kind: p.kind,
    format: p.format,
    costNote: p.costNote,
    durationNote: p.durationNote,
    eligibilityNote: p.eligibilityNote,
    websiteUrl: p.websiteUrl,
    notesShort: p.notesShort,
    sources: p.sources.map((s) => (s.title ? { url: s.url, title: s.title } : { url: s.url })),
    asOf: p.asOf,
    lastVerifiedAt: p.lastVerifiedAt ? p.lastVerifiedAt.toISOString() : null,
    updatedAt: p.updatedAt.toISOString(),
  };
}
