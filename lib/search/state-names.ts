// US state names and their common written abbreviations, for search: a school's stored search text carries
// its state's name as well as its code (normalize.ts), so "new york" or "california" finds every school in
// the state; a query's dotted abbreviations ("N.Y.", "D.C.", "Calif.", "Fla.") are spelled out before the
// query is normalised, so they find the same schools. Undotted codes ("NY", "DC") already match the stored code.
import { STATE_NAMES } from '../geo/states';

/** AP-style abbreviations (with their dot) by state code; states AP does not abbreviate are absent. */
const AP_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala'], AZ: ['Ariz'], AR: ['Ark'], CA: ['Calif', 'Cal'], CO: ['Colo'], CT: ['Conn'], DE: ['Del'], FL: ['Fla'],
  GA: ['Ga'], IL: ['Ill'], IN: ['Ind'], KS: ['Kan', 'Kans'], KY: ['Ky'], LA: ['La'], MD: ['Md'], MA: ['Mass'],
  MI: ['Mich'], MN: ['Minn'], MS: ['Miss'], MO: ['Mo'], MT: ['Mont'], NE: ['Neb', 'Nebr'], NV: ['Nev'],
  OK: ['Okla'], OR: ['Ore', 'Oreg'], PA: ['Pa', 'Penn', 'Penna'], TN: ['Tenn'], TX: ['Tex'], VT: ['Vt'], VA: ['Va'],
  WA: ['Wash'], WV: ['W Va', 'W.Va'], WI: ['Wis', 'Wisc'], WY: ['Wyo'],
};

const AP_PATTERN = new RegExp(
  `(^|[^\\p{L}\\p{N}])(${Object.values(AP_ABBREVIATIONS).flat().map((a) => a.replace(/[.\s]/g, '\\.?\\s*')).sort((a, b) => b.length - a.length).join('|')})\\.`,
  'giu',
);
const AP_LOOKUP = new Map(
  Object.entries(AP_ABBREVIATIONS).flatMap(([code, abbreviations]) => abbreviations.map((a) => [squash(a), code] as const)),
);
/** Two single letters each followed by a dot ("N.Y.", "n. y.", "D.C"): a state when they spell its code. */
const DOTTED_CODE = /(^|[^\p{L}\p{N}])(\p{L})\.\s*(\p{L})(?:\.|(?![\p{L}\p{N}]))/gu;

function squash(text: string): string {
  return text.replace(/[^a-z]/gi, '').toLowerCase();
}

/** The state's name for its code ("NY" → "New York"), or '' for a code that is not a US state, DC or PR. */
export function stateName(code: string): string {
  return STATE_NAMES[code.toUpperCase()] ?? '';
}

/** The query with dotted state abbreviations replaced by the state's name. */
export function spellOutStateAbbreviations(query: string): string {
  return query
    .replace(DOTTED_CODE, (whole, before: string, a: string, b: string) => {
      const name = stateName(a + b);
      return name ? `${before}${name} ` : whole;
    })
    .replace(AP_PATTERN, (whole, before: string, abbreviation: string) => {
      const code = AP_LOOKUP.get(squash(abbreviation));
      return code ? `${before}${STATE_NAMES[code]} ` : whole;
    });
}
