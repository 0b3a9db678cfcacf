// Topics and audience groups read from an event's own words (title, audience, organizer, recurrence), so the
// seed assigns them the same way every time and an editor can correct them in the dashboard.
import { EVENT_AUDIENCES, EVENT_TOPICS, type EventAudience, type EventTopic } from './vocabulary';

const TOPIC_RULES: Record<EventTopic, RegExp> = {
  applying: /accepted students|students accepted|applicants to u\.s\. osteopathic|aacomas/i,
  financing: /paying for|loans?\b|financial/i,
  residency: /residency|\bmatch\b|\bsoap\b|fellowship|interview|specialty|carms|graduate medical education|onboard/i,
  licensing: /licens|\boet\b|ecfmg|ielts|practice[- ]ready|practice assessment|communication skills|canadian practice/i,
  canada: /canad|alberta|ontario|saskatchewan|toronto|carms|calgary|edmonton|iehp/i,
  language: /\boet\b|ielts|english|communication/i,
  continuing_education: /continuing|\bcme\b|lecture series|learning center|leadership development|credit\b|early career|workshop|orientation course|master class|onboarding|symposium|pre-residency/i,
  community: /chats?\b|well-being|assembly|interim meeting|recognition week|advocacy|membership|information meeting|mentors|families|roundtable|panel/i,
};

const AUDIENCE_RULES: Record<EventAudience, RegExp> = {
  premed: /pre-med|applicants to u\.s\. osteopathic|students accepted/i,
  students: /medical students|students\/graduates|studying medicine abroad|learners/i,
  residency_applicants: /residency applicants|fellowship applicants|applying to (u\.s\. )?residency|applying to carms|residency match|residency interviews|choosing a specialty|\bmatch\)/i,
  imgs: /\bimgs?\b|international medical|internationally (trained|educated)|j-1 physicians|studying medicine abroad/i,
  educators: /program directors|educators|faculty|leaders|leadership|stakeholders|department chairs|deans|mentors|residency programs and employers/i,
};

export type ClassifiableEvent = { title: string; audience: string; organizer: string; recurrence: string | null };

export function topicsFor(event: ClassifiableEvent): EventTopic[] {
  const text = [event.title, event.audience, event.organizer, event.recurrence ?? ''].join(' \u2022 ');
  return EVENT_TOPICS.filter((t) => TOPIC_RULES[t].test(text));
}

export function audiencesFor(event: Pick<ClassifiableEvent, 'audience'>): EventAudience[] {
  return EVENT_AUDIENCES.filter((a) => AUDIENCE_RULES[a].test(event.audience));
}
