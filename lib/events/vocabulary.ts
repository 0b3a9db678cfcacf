// The fixed vocabularies of an event: kind, cost, topics and audience groups, with the words readers see.
export const EVENT_KINDS = ['recording', 'series', 'event'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_COSTS = ['free', 'paid', 'unknown'] as const;
export type EventCost = (typeof EVENT_COSTS)[number];

export const EVENT_TOPICS = [
  'applying',
  'financing',
  'residency',
  'licensing',
  'canada',
  'language',
  'continuing_education',
  'community',
] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

export const EVENT_AUDIENCES = ['premed', 'students', 'residency_applicants', 'imgs', 'educators'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const KIND_LABEL: Record<EventKind, string> = {
  recording: 'Recording — watch any time',
  series: 'Recurring program',
  event: 'Single session',
};

export const COST_LABEL: Record<EventCost, string> = { free: 'Free', paid: 'Paid', unknown: 'Cost not stated' };

export const TOPIC_LABEL: Record<EventTopic, string> = {
  applying: 'Applying to medical school',
  financing: 'Paying for medical school',
  residency: 'Residency and the Match',
  licensing: 'Licensing and certification',
  canada: 'Canada',
  language: 'English for medicine',
  continuing_education: 'Continuing education',
  community: 'Community and networking',
};

export const AUDIENCE_LABEL: Record<EventAudience, string> = {
  premed: 'Applicants to medical school',
  students: 'Medical students',
  residency_applicants: 'Residency and fellowship applicants',
  imgs: 'International medical graduates',
  educators: 'Educators and program staff',
};

/** Stored lists are comma-separated; this reads one back in vocabulary order, dropping unknown words. */
export function readList<T extends string>(stored: string, vocabulary: readonly T[]): T[] {
  const words = new Set(stored.split(',').map((w) => w.trim()));
  return vocabulary.filter((v) => words.has(v));
}
