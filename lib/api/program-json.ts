// A Program as the JSON API v1 shows it: camelCase columns, stored values unchanged, ISO dates. Pure: the rows
// come from lib/programs/queries.ts. Its shape is PROGRAM_JSON in lib/api/response-schemas.ts.
import { toSourceJson } from './school-json';

type StoredProgram = {
  slug: string; name: string; provider: string; country: string; region: string | null; kind: string; format: string;
  costNote: string | null; durationNote: string | null; eligibilityNote: string; websiteUrl: string; notesShort: string;
  asOf: string; lastVerifiedAt: Date | null; updatedAt: Date; sources: { url: string; title: string | null }[];
};

export function toProgramJson(p: StoredProgram) {
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
    sources: p.sources.map(toSourceJson),
    asOf: p.asOf,
    lastVerifiedAt: p.lastVerifiedAt ? p.lastVerifiedAt.toISOString() : null,
    updatedAt: p.updatedAt.toISOString(),
  };
}
