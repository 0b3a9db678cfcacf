// Schools that may match a query, found through the database's search index (lib/db-extras.ts) instead of
// reading every row: a bounded candidate set that lib/search/fuzzy.ts then ranks exactly as before.
// Each query word must match a word of the school's search text as a prefix, or (for words of 4+ letters)
// within the typo budget of rankDocument:
//   SQLite: FTS5 MATCH; typo spellings come from the index's own vocabulary (fts5vocab), filtered by edit
//           distance in JS, and are OR-ed into the MATCH expression. Every word is quoted.
//   PostgreSQL: the same, over a tsvector column (GIN-indexed): typo spellings come from school_search_words
//           (every word of every search text, kept by a trigger), filtered by edit distance in JS, and are
//           OR-ed into the tsquery. (Trigram similarity over the rows was tried first: at 50,000 schools it
//           seq-scanned and matched three times too many rows, ≈ 0.8 s per search.)
import 'server-only';
import { EVIDENCE_FIELDS } from '../evidence/fields';
import { POLICY_KEYS } from '../schools/policy-keys';
import { db, dbProvider } from '../db';
import { allowedTypos, editDistance } from './fuzzy';
import type { BindParam } from '../schools/near-miss-sql';

/** A candidate with its text (for ranking) and its facet columns (for counting facets in memory). */
export type SearchCandidate = { id: number; name: string; aliases: string; searchText: string } & Record<string, unknown>;

const FACET_SQL = ['status', 'degree', 'state', 'ownership', ...POLICY_KEYS, 'tuitionUsdPerYear',
  ...EVIDENCE_FIELDS.map((f) => f.confirmed)];
const columns = (alias: string) =>
  ['id', 'name', 'aliases', 'searchText', ...FACET_SQL].map((c) => `${alias}"${c}"`).join(', ');

/** Most spellings one typo-tolerant word may expand to, so a MATCH expression stays small. */
const MAX_SPELLINGS = 40;
const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;
const lexeme = (word: string) => `'${word.replace(/'/g, "''")}'`;

/** The search index's vocabulary, per database: words starting at `from` (inclusive) up to `to` (exclusive). */
const VOCABULARY_RANGE =
  dbProvider === 'postgres'
    ? (n: number) => `(word >= $${2 * n + 1} AND word < $${2 * n + 2})`
    : () => '(term >= ? AND term < ?)';
const VOCABULARY_SQL = dbProvider === 'postgres' ? 'SELECT word AS term FROM school_search_words WHERE ' : 'SELECT term FROM school_fts_vocab WHERE ';

/**
 * Indexed words within each token's typo budget. Only words starting with the token's first or second letter
 * are read (two range scans of the vocabulary instead of all of it): a typo in the very first letter is not
 * tolerated, but a transposed, missing or extra first letter is.
 */
async function similarSpellings(tokens: string[]): Promise<Map<string, string[]>> {
  const spellings = new Map<string, string[]>();
  for (const token of tokens) {
    const typos = allowedTypos(token);
    if (typos === 0) continue;
    const initials = [...new Set([token[0], token[1]])];
    const terms = await db.$queryRawUnsafe<{ term: string }[]>(
      VOCABULARY_SQL + initials.map((_, n) => VOCABULARY_RANGE(n)).join(' OR '),
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
  const spellings = await similarSpellings(tokens);
  const tsquery = tokens
    .map((token) => `(${[`${lexeme(token)}:*`, ...(spellings.get(token) ?? []).map(lexeme)].join(' | ')})`)
    .join(' & ');
  const params: unknown[] = [tsquery];
  const param: BindParam = (value) => `$${params.push(value)}`;
  return db.$queryRawUnsafe<SearchCandidate[]>(
    `SELECT ${columns('')} FROM "School" WHERE "searchVector" @@ to_tsquery('simple', $1) AND status = 'published' AND ${narrow('', param)}`,
    ...params,
  );
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
