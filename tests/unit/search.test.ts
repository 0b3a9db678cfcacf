import { describe, expect, it } from 'vitest';
import { editDistance, prepareQuery, rankDocument } from '@/lib/search/fuzzy';
import { buildSchoolSearchText, normalizeText } from '@/lib/search/normalize';

const doc = (name: string, aliases = '', city = 'X', state = 'NY', notesShort = '') => ({
  name,
  aliases,
  searchText: buildSchoolSearchText({ name, aliases, city, state, notesShort }),
});

describe('search', () => {
  it('normalises accents, ampersands and "St."', () => {
    expect(normalizeText('Chobanian & Avedisian, St. Louis — Québec')).toBe('chobanian and avedisian saint louis quebec');
  });

  it('counts transpositions as one edit', () => {
    expect(editDistance('jonhs', 'johns', 1)).toBe(1);
    expect(editDistance('harvrd', 'harvard', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBeGreaterThan(1);
  });

  it('finds schools despite typos, by alias and by "St." vs "Saint"', () => {
    const hopkins = doc('Johns Hopkins University School of Medicine', 'JHU|Hopkins');
    const harvard = doc('Harvard Medical School', 'HMS|Harvard');
    const slu = doc('Saint Louis University School of Medicine', 'SLU');
    const sinai = doc('Icahn School of Medicine at Mount Sinai', 'Icahn|Mount Sinai|Sinai');
    expect(rankDocument(prepareQuery('jonhs hopkins'), hopkins)).toBe(3);
    expect(rankDocument(prepareQuery('harvrd'), harvard)).toBe(3);
    expect(rankDocument(prepareQuery('St. Louis University'), slu)).not.toBeNull();
    expect(rankDocument(prepareQuery('Sinai'), sinai)).toBe(0);
    expect(rankDocument(prepareQuery('harvrd'), hopkins)).toBeNull();
  });

  it('ranks an exact name above a partial match', () => {
    const exact = doc('Medical College of Wisconsin');
    const partial = doc('Northern Wisconsin Medical College of Surgery');
    const q = prepareQuery('medical college of wisconsin');
    expect(rankDocument(q, exact)).toBe(0);
    expect(rankDocument(q, partial)!).toBeGreaterThan(0);
  });
});
