// Typo-tolerant matching of a query against a listing's names and search text. Returns a rank tier
// (lower is better) or null for no match:
//   0 exact name or alias   1 name/alias starts with the query   2 every word found   3 found with typos
import { normalizeText, splitAliases, tokenize } from './normalize';
import { spellOutStateAbbreviations } from './state-names';

const STOP_WORDS = new Set(['of', 'the', 'at', 'in', 'and', 'for', 'a']);

/** Damerau–Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

export function allowedTypos(token: string): number {
  if (token.length <= 3) return 0;
  if (token.length <= 7) return 1;
  return 2;
}

type TokenMatch = 'exact' | 'fuzzy' | null;

function matchToken(token: string, words: Set<string>, text: string): TokenMatch {
  if (words.has(token)) return 'exact';
  // Prefix of a word ("hopk" → "hopkins"); two letters minimum so single letters do not match everything.
  if (token.length >= 2 && (text.startsWith(token) || text.includes(` ${token}`))) return 'exact';
  const typos = allowedTypos(token);
  if (typos === 0) return null;
  for (const word of words) {
    if (editDistance(token, word, typos) <= typos) return 'fuzzy';
  }
  return null;
}

export type SearchDocument = { name: string; aliases: string; searchText: string };

export function prepareQuery(text: string): { phrase: string; tokens: string[] } {
  const query = spellOutStateAbbreviations(text);
  const phrase = normalizeText(query);
  const tokens = tokenize(query);
  const meaningful = tokens.filter((t) => !STOP_WORDS.has(t));
  return { phrase, tokens: meaningful.length ? meaningful : tokens };
}

export function rankDocument(query: { phrase: string; tokens: string[] }, doc: SearchDocument): number | null {
  if (query.tokens.length === 0) return null;
  // The search text starts with the normalised name and contains the aliases: when it neither starts with the
  // phrase nor (with aliases) contains it, no name can equal or start with it. A cheap test that spares
  // normalising every candidate's names on large result sets.
  if (doc.searchText.startsWith(query.phrase) || (doc.aliases !== '' && doc.searchText.includes(query.phrase))) {
    const names = [doc.name, ...splitAliases(doc.aliases)].map(normalizeText);
    if (names.includes(query.phrase)) return 0;
    if (names.some((n) => n.startsWith(query.phrase))) return 1;
  }
  const words = new Set(doc.searchText.split(' '));
  let fuzzy = false;
  for (const token of query.tokens) {
    const match = matchToken(token, words, doc.searchText);
    if (match === null) return null;
    if (match === 'fuzzy') fuzzy = true;
  }
  return fuzzy ? 3 : 2;
}
