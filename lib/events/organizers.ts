// Who runs the listed events. Every organizer in events.csv maps to one key (first matching pattern wins);
// the ones that run recurring programs form the organizers directory, each with its events page — a URL that
// events.csv itself gives for that organizer (tests/unit/events-data.test.ts checks both).
export type Organizer = {
  key: string;
  name: string;
  country: 'US' | 'CA';
  pattern: RegExp;
  /** Present for the organizers directory: the organizer's page where its programs are announced. */
  eventsPage?: string;
  /** One line in our words: what it runs for IMGs. */
  runs?: string;
};

export const ORGANIZERS: Organizer[] = [
  { key: 'nrmp', name: 'National Resident Matching Program (NRMP)', country: 'US', pattern: /\bnrmp\b|national resident matching/i },
  { key: 'medschoolcoach', name: 'MedSchoolCoach', country: 'US', pattern: /medschoolcoach/i },
  { key: 'aamc', name: 'Association of American Medical Colleges (AAMC)', country: 'US', pattern: /\baamc\b|association of american medical colleges/i },
  { key: 'aacom', name: 'American Association of Colleges of Osteopathic Medicine (AACOM)', country: 'US', pattern: /\baacom\b|colleges of osteopathic/i },
  {
    key: 'amsa',
    name: 'American Medical Student Association (AMSA)',
    country: 'US',
    pattern: /medical student association|\bamsa\b/i,
    eventsPage: 'https://www.amsa.org/learn/residency-prep-2-residency-prep/residency-prep',
    runs: 'A weekly residency preparation series open to IMGs and US students (paid).',
  },
  {
    key: 'amwa',
    name: 'American Medical Women’s Association (AMWA), IMG community',
    country: 'US',
    pattern: /women['’]s association|\bamwa\b/i,
    eventsPage: 'https://www.amwa-doc.org/residents/img/',
    runs: 'IMG chats every other month and a lecture series twice a month.',
  },
  {
    key: 'ama',
    name: 'American Medical Association (AMA), International Medical Graduates Section',
    country: 'US',
    pattern: /american medical association|\bama\b/i,
    eventsPage: 'https://www.ama-assn.org/member-groups-sections/international-medical-graduates/international-medical-graduates-img',
    runs: 'IMG Section meetings twice a year and IMG Physicians Recognition Week each October.',
  },
  { key: 'oet', name: 'OET (Occupational English Test)', country: 'US', pattern: /^oet\b|occupational english test/i },
  { key: 'rusm', name: 'Ross University School of Medicine (RUSM)', country: 'US', pattern: /ross university/i },
  { key: 'trewlink', name: 'TrewLink', country: 'US', pattern: /trewlink/i },
  { key: 'intealth', name: 'Intealth (ECFMG | FAIMER)', country: 'US', pattern: /intealth/i },
  { key: 'apa', name: 'American Psychiatric Association (APA)', country: 'US', pattern: /psychiatric association/i },
  { key: 'ana', name: 'American Neurological Association (ANA)', country: 'US', pattern: /neurological association/i },
  { key: 'aaim', name: 'Alliance for Academic Internal Medicine (AAIM)', country: 'US', pattern: /academic internal medicine/i },
  {
    key: 'aimga',
    name: 'Alberta International Medical Graduates Association (AIMGA)',
    country: 'CA',
    pattern: /alberta international medical graduates|\baimga\b/i,
    eventsPage: 'https://aimga.ca/faq/',
    runs: 'A new-member orientation, usually the first Wednesday of each month, before its other programs.',
  },
  {
    key: 'touchstone',
    name: 'Touchstone Institute',
    country: 'CA',
    pattern: /touchstone/i,
    eventsPage: 'https://touchstoneinstitute.ca/learning/preresidencyprogram/',
    runs: 'The Pre-Residency Program for IMGs matched in Ontario, and a yearly symposium.',
  },
  { key: 'wil', name: 'WIL Employment Connections (London, Ontario)', country: 'CA', pattern: /wil employment/i },
  { key: 'socasma', name: 'Society for Canadians Studying Medicine Abroad (SOCASMA)', country: 'CA', pattern: /socasma|canadians studying medicine abroad/i },
  {
    key: 'usask',
    name: 'University of Saskatchewan, Division of Continuing Medical Education',
    country: 'CA',
    pattern: /saskatchewan/i,
    eventsPage: 'https://cmelearning.usask.ca/specialized-programs/img/what-is-img.php',
    runs: 'SIPPA practice-ready assessment three times a year, and information sessions for non-licensed IMGs.',
  },
  {
    key: 'uoft',
    name: 'University of Toronto, IEHP Canada program',
    country: 'CA',
    pattern: /university of toronto/i,
    eventsPage: 'http://www.iehpcanada.utoronto.ca/faqs.html',
    runs: 'An online orientation course for internationally educated health professionals, spring and fall.',
  },
];

export const ORGANIZER_KEYS = ORGANIZERS.map((o) => o.key);

export function organizerKeyFor(organizer: string): string {
  return ORGANIZERS.find((o) => o.pattern.test(organizer))?.key ?? '';
}

export function organizerByKey(key: string): Organizer | undefined {
  return ORGANIZERS.find((o) => o.key === key);
}

/** The directory: organizers that run recurring programs, US first, then Canada, in list order. */
export function organizerDirectory(): (Organizer & { eventsPage: string; runs: string })[] {
  return ORGANIZERS.filter((o): o is Organizer & { eventsPage: string; runs: string } => !!o.eventsPage && !!o.runs).sort(
    (a, b) => (a.country === b.country ? 0 : a.country === 'US' ? -1 : 1),
  );
}
