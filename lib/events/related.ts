// What an event page points on to: guides of the categories its topics belong to, and the /programs views
// that match its topics.
import 'server-only';
import { db } from '../db';
import { EVENT_TOPICS, readList, type EventTopic } from './vocabulary';

const GUIDE_CATEGORIES: Partial<Record<EventTopic, string>> = {
  applying: 'applying',
  financing: 'financing',
  residency: 'img-pathway',
  licensing: 'img-pathway',
  language: 'img-pathway',
  canada: 'canada',
  continuing_education: 'continuing-education',
};

const PROGRAM_VIEWS: Partial<Record<EventTopic, { href: string; label: string }>> = {
  canada: { href: '/programs?country=ca', label: 'Programs for IMGs in Canada' },
  licensing: { href: '/programs?kind=assessment,exam_prep', label: 'Assessment and exam-preparation programs' },
  language: { href: '/programs?kind=language_communication', label: 'Language and communication programs' },
  continuing_education: { href: '/programs?kind=cme', label: 'CME and mentoring programs' },
  residency: { href: '/programs?kind=bridging,observership', label: 'Bridging programs and observerships' },
};

export function relatedProgramViews(topics: string): { href: string; label: string }[] {
  const seen = new Set<string>();
  return readList(topics, EVENT_TOPICS)
    .map((t) => PROGRAM_VIEWS[t])
    .filter((v): v is { href: string; label: string } => !!v && !seen.has(v.href) && !!seen.add(v.href));
}

export async function relatedGuidesForEvent(topics: string, limit = 4) {
  const categories = [...new Set(readList(topics, EVENT_TOPICS).map((t) => GUIDE_CATEGORIES[t]).filter((c): c is string => !!c))];
  if (!categories.length) return [];
  const guides = await db.article.findMany({
    where: { status: 'published', category: { in: categories } },
    select: { slug: true, title: true, category: true },
    orderBy: { slug: 'asc' },
  });
  // Topic order first (the event's main subject), then title.
  return guides
    .sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category) || (a.title < b.title ? -1 : 1))
    .slice(0, limit);
}
