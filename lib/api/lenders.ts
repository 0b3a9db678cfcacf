// The JSON API's lender list: every published lender with its sources, with the two /lenders filters.
import 'server-only';
import { listLenders, parseLenderFilter } from '../lenders/queries';
import type { LenderRow } from '../lenders/queries';
import { toSourceJson, type SourceJson } from './school-json';
import { checkLenderParams } from './lender-params';

export type LenderJson = {
  slug: string;
  name: string;
  websiteUrl: string | null;
  requiresUsCosigner: string;
  eligibleSchools: string;
  coversMedicalSchool: string;
  maxAmountNote: string;
  interestNote: string;
  notesShort: string;
  sources: SourceJson[];
  asOf: string;
  lastVerifiedAt: string | null;
  updatedAt: string;
};

export function toLenderJson(row: LenderRow): LenderJson {
  return {
    slug: row.slug,
    name: row.name,
    websiteUrl: row.websiteUrl,
    requiresUsCosigner: row.requiresUsCosigner,
    eligibleSchools: row.eligibleSchools,
    coversMedicalSchool: row.coversMedicalSchool,
    maxAmountNote: row.maxAmountNote,
    interestNote: row.interestNote,
    notesShort: row.notesShort,
    sources: row.sources.map(toSourceJson),
    asOf: row.asOf,
    lastVerifiedAt: row.lastVerifiedAt ? row.lastVerifiedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listLendersJson(params: URLSearchParams): Promise<{ total: number; results: LenderJson[] }> {
  checkLenderParams(params);
  const lenders = await listLenders(parseLenderFilter(params));
  return { total: lenders.length, results: lenders.map(toLenderJson) };
}
