// Words and abbreviations from the editors' old research notes (notes_short of the first 51 schools, see
// `git show c87562e:prisma/seed-data/schools.csv`) that must never reach a reader: who said what ("per
// MedSchoolCoach", "On AUA list", "MSAR-based"), what the researcher did ("not read", "newer used",
// "acceptance inferred") and note-taking shorthand ("intl", "non-PR", "sem hrs", "4-yr", "n/a").
export const RESEARCH_JARGON: RegExp[] = [
  /\bnot read\b/i,
  /\bper (MedSchoolCoach|MSC)\b/i,
  /\bMedSchoolCoach\b/,
  /\bAUA list\b/i,
  /\bMSAR\b/,
  /\bn\/a\b/i,
  /\bintl\b/i,
  /\bundated source\b/i,
  /\b(newer|older|catalog) (page )?used\b/i,
  /\binferred\b/i,
  /\bnon-PR\b/,
  /\bsem hrs\b/i,
  /\b\d+-yrs?\b/i,
  /\byr-1\b/i,
  /\btuition\+fees\b/i,
  /\b\d+\+? yrs?\b/i,
  /\b(19|20)\d\d(-\d\d)? source:/,
  /\baid packet\b/i,
  /\btext cut off\b/i,
  /\/PR\b/,
  /\bprereqs\b/i,
  /\bc\. (19|20)\d\d data\b/i,
];

/** The jargon found in a text, as the matched words (empty when clean). */
export function findResearchJargon(text: string): string[] {
  return RESEARCH_JARGON.map((re) => re.exec(text)?.[0]).filter((m): m is string => !!m);
}

/**
 * A page's text as a reader reads it, minus the titles of the outside pages it links to as sources (those are
 * the other sites' own names, e.g. "… (from MSAR 2019)", not our words) and minus scripts and styles.
 */
export function readerTextOfHtml(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<a\b[^>]*rel="noopener noreferrer nofollow"[^>]*>[\s\S]*?<\/a>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}
