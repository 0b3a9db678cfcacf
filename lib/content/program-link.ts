// Plain words for a /programs link found in a guide ("Bridging programs in Ontario, Canada"). The /programs
// page owns its URL contract; this reads only the parameters the guides use (country, region, kind, format)
// and ignores anything it does not recognise rather than guessing.
import { CA_PROVINCES, PROGRAM_FORMATS, PROGRAM_KINDS, US_STATES } from '../validation/enums';
import { STATE_NAMES } from '../geo/states';

const KIND_WORDS: Record<(typeof PROGRAM_KINDS)[number], string> = {
  bridging: 'Bridging programs',
  assessment: 'Practice-ready assessment programs',
  degree: 'Degree programs',
  certificate: 'Certificate programs',
  exam_prep: 'Exam-preparation programs',
  observership: 'Observerships',
  language_communication: 'Language and communication courses',
  career_alternatives: 'Alternative-career programs',
  cme: 'Continuing medical education (CME) programs',
};

const FORMAT_WORDS: Record<(typeof PROGRAM_FORMATS)[number], string> = {
  online: 'offered online',
  in_person: 'offered in person',
  hybrid: 'offered in a hybrid format',
  unknown: 'whose format is not published',
};

const PROVINCE_NAMES: Record<(typeof CA_PROVINCES)[number], string> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'the Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

const COUNTRY_NAMES: Record<string, string> = { CA: 'Canada', US: 'the United States' };

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function describeProgramsQuery(params: URLSearchParams): string {
  const kind = oneOf(PROGRAM_KINDS, params.get('kind')?.toLowerCase() ?? null);
  const format = oneOf(PROGRAM_FORMATS, params.get('format')?.toLowerCase() ?? null);
  const country = params.get('country')?.toUpperCase() ?? null;
  const region = params.get('region')?.toUpperCase() ?? null;
  const regionName =
    region && country === 'CA'
      ? PROVINCE_NAMES[region as keyof typeof PROVINCE_NAMES]
      : region && oneOf(US_STATES, region)
        ? STATE_NAMES[region]
        : undefined;
  const countryName = country ? COUNTRY_NAMES[country] : undefined;
  const place = [regionName, countryName].filter(Boolean).join(', ');
  const parts = [kind ? KIND_WORDS[kind] : 'Programs for internationally trained physicians'];
  if (place) parts.push(`in ${place}`);
  if (format) parts.push(FORMAT_WORDS[format]);
  return parts.join(' ');
}
