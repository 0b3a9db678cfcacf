// Plain words for every stored program value. An empty cost or duration note means no source we read gave
// the figure: it is shown as "not published", never as "free" or "none".
import { STATE_NAMES } from '../geo/states';

export const NOT_PUBLISHED_TEXT = 'Not published in the sources we read';

export const COUNTRY_LABEL: Record<string, string> = { CA: 'Canada', US: 'United States' };

export const PROVINCE_NAMES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

export const KIND_LABEL: Record<string, string> = {
  bridging: 'Bridging toward licensure or residency',
  assessment: 'Practice-ready or selection assessment',
  degree: 'Degree',
  certificate: 'Certificate',
  exam_prep: 'Exam preparation',
  observership: 'Observership',
  language_communication: 'Language and communication',
  career_alternatives: 'Alternative health careers',
  cme: 'Continuing medical education or mentoring',
};

/** Short option labels for the filter form and chips. */
export const KIND_SHORT_LABEL: Record<string, string> = {
  bridging: 'Bridging',
  assessment: 'Assessment',
  degree: 'Degree',
  certificate: 'Certificate',
  exam_prep: 'Exam preparation',
  observership: 'Observership',
  language_communication: 'Language & communication',
  career_alternatives: 'Alternative careers',
  cme: 'CME / mentoring',
};

export const FORMAT_LABEL: Record<string, string> = {
  online: 'Online',
  in_person: 'In person',
  hybrid: 'Hybrid (online and in person)',
  unknown: 'Delivery mode not stated in the sources',
};

export const FORMAT_SHORT_LABEL: Record<string, string> = { online: 'Online', in_person: 'In person', hybrid: 'Hybrid' };

/** "Ontario" / "New York"; the code itself when unknown. Region codes do not collide across the two countries. */
export function regionName(code: string): string {
  const upper = code.toUpperCase();
  return PROVINCE_NAMES[upper] ?? STATE_NAMES[upper] ?? upper;
}

/** "Ontario, Canada" or "Canada (national or several provinces)". */
export function placeLabel(country: string, region: string | null): string {
  const countryName = COUNTRY_LABEL[country] ?? country;
  if (!region) return `${countryName} (national or several ${country === 'CA' ? 'provinces' : 'states'})`;
  return `${regionName(region)}, ${countryName}`;
}

export function noteOrUnpublished(note: string | null | undefined): string {
  return note && note.trim() ? note : NOT_PUBLISHED_TEXT;
}
