// Schools that may match a query, found through the database's search index (lib/db-extras.ts) instead of
// reading every row: a bounded candidate set that lib/search/fuzzy.ts then ranks exactly as before.
// Each query word must match a word of the school's search text as a prefix, or (for words of 4+ letters)
// within the typo budget of rankDocument:
//   SQLite: FTS5 MATCH; typo spellings come from the index's own vocabulary (fts5vocab), filtered by edit
//           distance in JS, and are OR-ed into the MATCH expression. Every word is quoted.
//   PostgreSQL: tsvector prefix match OR trigram word similarity (pg_trgm, GIN-indexed) per word.
import 'server-only';
import { db, dbProvider } from '../db';
import { allowedTypos, editDistance } from './fuzzy';
import type { BindParam } from '../schools/near-miss-sql';

/** A candidate with its text (for ranking) and its facet columns (for counting facets in memory). */
export type SearchCandidate = { id: number; name: string; aliases: string; searchText: string } & Record<string, unknown>;

const FACET_SQL = ['status', 'degree', 'state', 'ownership', 'acceptsInternational', 'usCourseworkRequired', 'escrowOrProofOfFunds',
  'needBasedAidForInternationals', 'meritScholarshipsForInternationals', 'institutionalLoansForInternationals',
  'cosignerLoansAccepted', 'dacaAccepted', 'canadiansTreatedAs', 'tuitionUsdPerYear'];
const columns = (alias: string) =>
  ['id', 'name', 'aliases', 'searchText', ...FACET_SQL].map((c) => `${alias}"${c}"`).join(', ');

/** Most spellings one typo-tolerant word may expand to, so a MATCH expression stays small. */
const MAX_SPELLINGS = 40;
/** pg_trgm word similarity needed for a typo candidate; 0.3 keeps one-edit typos of 4-letter words. */
const TRIGRAM_THRESHOLD = 0.3;

const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * Indexed words within each token's typo budget. Only words starting with the token's first or second letter
 * are read (two range scans of the vocabulary instead of all of it): a typo in the very first letter is not
 * tolerated on SQLite, but a transposed, missing or extra first letter is.
 */
async function similarSpellings(tokens: string[]): Promise<Map<string, string[]>> {
  const spellings = new Map<string, string[]>();
  for (const token of tokens) {
    const typos = allowedTypos(token);
    if (typos === 0) continue;
    const initials = [...new Set([token[0], token[1]])];
    const terms = await db.$queryRawUnsafe<{ term: string }[]>(
      `SELECT term FROM school_fts_vocab WHERE ${initials.map(() => '(term >= ? AND term < ?)').join(' OR ')}`,
      ...initials.flatMap((c) => [c, String.fromCharCode(c.charCodeAt(0) + 1)]),
    );
    const near = terms
      .map((r) => r.term)
      .filter((term) => term !== token && Math.abs(term.length - token.length) <= typos && editDistance(token, term, typos) <= typos);
    spellings.set(token, near.slice(0, MAX_SPELLINGS));
  }
  return spellings;
}

/** Extra SQL the candidates must satisfy, written against a table alias with the given placeholder maker. */
export type CandidateCondition = (alias: string, param: BindParam) => string;

async function sqliteCandidates(tokens: string[], narrow: CandidateCondition): Promise<SearchCandidate[]> {
  const spellings = await similarSpellings(tokens);
  const match = tokens
    .map((token) => `(${[`${quote(token)}*`, ...(spellings.get(token) ?? []).map(quote)].join(' OR ')})`)
    .join(' AND ');
  const params: unknown[] = [match];
  const param: BindParam = (value) => (params.push(value), '?');
  return db.$queryRawUnsafe<SearchCandidate[]>(
    `SELECT ${columns('s.')} FROM school_fts f JOIN "School" s ON s.id = f.rowid
     WHERE school_fts MATCH ? AND s.status = 'published' AND ${narrow('s.', param)}`,
    ...params,
  );
}

async function postgresCandidates(tokens: string[], narrow: CandidateCondition): Promise<SearchCandidate[]> {
  const params: unknown[] = [];
  const param: BindParam = (value) => `$${params.push(value)}`;
  const conditions = tokens.map((token) => {
    const prefix = `"searchVector" @@ to_tsquery('simple', ${param(`'${token}':*`)})`;
    return allowedTypos(token) > 0 ? `(${prefix} OR ${param(token)} <% "searchText")` : prefix;
  });
  const [, rows] = await db.$transaction([
    db.$queryRawUnsafe(`SELECT set_config('pg_trgm.word_similarity_threshold', '${TRIGRAM_THRESHOLD}', true)`),
    db.$queryRawUnsafe<SearchCandidate[]>(
      `SELECT ${columns('')} FROM "School" WHERE status = 'published' AND ${conditions.join(' AND ')} AND ${narrow('', param)}`,
      ...params,
    ),
  ]);
  return rows;
}

/**
 * Published schools whose search text may match every token (a superset of rankDocument's matches), and that
 * satisfy `narrow` (by default: all of them).
 */
export async function findSearchCandidates(tokens: string[], narrow: CandidateCondition = () => 'TRUE'): Promise<SearchCandidate[]> {
  if (tokens.length === 0) return [];
  const rows = await (dbProvider === 'postgres' ? postgresCandidates(tokens, narrow) : sqliteCandidates(tokens, narrow));
  for (const row of rows) {
    row.id = Number(row.id);
    if (row.tuitionUsdPerYear !== null) row.tuitionUsdPerYear = Number(row.tuitionUsdPerYear);
  }
  return rows;
}
