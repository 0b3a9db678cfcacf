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

describe('state names and abbreviations', () => {
  const albany = doc('Albany Medical College', '', 'Albany', 'NY');
  const howard = doc('Howard University College of Medicine', '', 'Washington', 'DC');
  const ucla = doc('David Geffen School of Medicine at UCLA', 'UCLA', 'Los Angeles', 'CA');
  const miami = doc('University of Miami Miller School of Medicine', '', 'Miami', 'FL');
  const wvu = doc('West Virginia University School of Medicine', 'WVU', 'Morgantown', 'WV');

  it('a school outside its state’s namesake city is found by the state’s name', () => {
    expect(rankDocument(prepareQuery('new york'), albany)).not.toBeNull();
    expect(rankDocument(prepareQuery('California'), ucla)).not.toBeNull();
    expect(rankDocument(prepareQuery('district of columbia'), howard)).not.toBeNull();
    expect(rankDocument(prepareQuery('new york'), ucla)).toBeNull();
    expect(rankDocument(prepareQuery('california'), albany)).toBeNull();
  });

  it('postal codes, dotted codes and AP abbreviations find the state', () => {
    for (const q of ['NY', 'N.Y.', 'n. y.', 'N.Y', 'medical college N.Y.']) expect(rankDocument(prepareQuery(q), albany), q).not.toBeNull();
    for (const q of ['DC', 'D.C.', 'Washington, D.C.']) expect(rankDocument(prepareQuery(q), howard), q).not.toBeNull();
    for (const q of ['Calif.', 'calif', 'Los Angeles, Calif.']) expect(rankDocument(prepareQuery(q), ucla), q).not.toBeNull();
    expect(rankDocument(prepareQuery('Fla.'), miami)).not.toBeNull();
    for (const q of ['W.Va.', 'W. Va.']) expect(rankDocument(prepareQuery(q), wvu), q).not.toBeNull();
    for (const q of ['N.Y.', 'D.C.', 'Fla.']) expect(rankDocument(prepareQuery(q), ucla), q).toBeNull();
  });

  it('dotted letters that are not a state, and words that merely look like abbreviations, stay as written', () => {
    expect(prepareQuery('U.S. citizens').tokens).toEqual(prepareQuery('U S citizens').tokens);
    expect(prepareQuery('St. Louis, Mo.').phrase).toBe('saint louis missouri');
    expect(prepareQuery('la jolla').phrase).toBe('la jolla');
    expect(prepareQuery('mass general').phrase).toBe('mass general');
  });

  it('the state’s name comes last in the search text, so a data migration can append it to older rows', () => {
    const fields = { name: 'X', aliases: '', city: 'Y', state: 'NY', notesShort: 'Z' };
    expect(buildSchoolSearchText(fields)).toBe(`${buildSchoolSearchText({ ...fields, state: 'ZZ' }).replace(' zz', ' ny')} new york`);
    expect(buildSchoolSearchText({ ...fields, state: 'ZZ' })).toBe('x y zz z');
  });
});
