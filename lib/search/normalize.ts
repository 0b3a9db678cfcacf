// Text normalisation shared by the stored search text and the user's query, so both sides compare alike:
// lower case, accents removed, "&" → "and", "St." → "saint", punctuation → spaces.
import { stateName } from './state-names';

const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  mt: 'mount',
  univ: 'university',
  u: 'university',
  med: 'medicine',
  sch: 'school',
  ft: 'fort',
};

export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

export function splitAliases(aliases: string): string[] {
  return aliases
    .split('|')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

/**
 * What search reads for one school: name, aliases, city, state (code), notes, and last the state's name (so a
 * migration could append it to rows written before; prisma/migrations/*_search_state_names).
 */
export function buildSchoolSearchText(school: {
  name: string;
  aliases: string;
  city: string;
  state: string;
  notesShort: string;
}): string {
  return normalizeText(
    [school.name, splitAliases(school.aliases).join(' '), school.city, school.state, school.notesShort, stateName(school.state)].join(' '),
  );
}
