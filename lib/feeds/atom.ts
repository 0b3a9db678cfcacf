// The one Atom 1.0 (RFC 4287) writer, for every feed (school changes, guides, events). Every text and attribute
// goes through lib/xml/text.ts, which also drops the characters XML 1.0 forbids, so a feed stays well-formed
// whatever an editor types.
import { xmlAttribute, xmlText } from '../xml/text';

export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date;
  summary: string;
  /** HTML, already sanitized; escaped here and sent as type="html". */
  contentHtml?: string;
  categories?: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  updated: Date;
  /** Absolute base URL that relative links inside entry content resolve against (xml:base). */
  base?: string;
  entries: AtomEntry[];
};

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

function attr(name: string, value: string): string {
  return ` ${name}="${xmlAttribute(value)}"`;
}

function entryXml(entry: AtomEntry): string {
  const lines = [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, attr('type', 'text'))}`,
    `    <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', entry.url)}/>`,
    `    ${element('updated', entry.updated.toISOString())}`,
  ];
  if (entry.published) lines.push(`    ${element('published', entry.published.toISOString())}`);
  for (const c of entry.categories ?? []) lines.push(`    <category${attr('term', c.term)}${attr('label', c.label)}/>`);
  lines.push(`    ${element('summary', entry.summary, attr('type', 'text'))}`);
  if (entry.contentHtml !== undefined) lines.push(`    ${element('content', entry.contentHtml, attr('type', 'html'))}`);
  lines.push('  </entry>');
  return lines.join('\n');
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.base ? attr('xml:base', feed.base) : ''}>`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, attr('type', 'text'))}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle, attr('type', 'text'))}`] : []),
    `  <link${attr('rel', 'self')}${attr('type', 'application/atom+xml')}${attr('href', feed.selfUrl)}/>`,
    `  <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', feed.alternateUrl)}/>`,
    `  ${element('updated', feed.updated.toISOString())}`,
    `  <author>${element('name', feed.authorName)}</author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

/** The feed as a response; its cache headers and ETag come from lib/http/conditional.ts. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
