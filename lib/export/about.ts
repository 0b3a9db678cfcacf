// The "About" part of an export: what the file contains, how to see it online, when it was made, how old the
// facts are, and how to read `unknown`. Pure.
import type { SchoolsExportStream } from './load';

export type AboutRow = { label: string; value: string; link?: string };

export function aboutRows(data: Omit<SchoolsExportStream, 'batches'>): AboutRow[] {
  return [
    { label: 'What this file lists', value: data.summary },
    { label: 'See it online', value: data.viewUrl, link: data.viewUrl },
    { label: 'Generated', value: `${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` },
    { label: 'Data as of', value: data.asOfRange },
    {
      label: 'Reading the values',
      value:
        '“Not published by the school” (unknown) means no source we read states the fact. It does not mean “no”: ' +
        'ask the school.',
    },
    {
      label: 'Sources',
      value: 'Every row lists the pages its facts come from. Policies change: check the school’s own page before you rely on a fact.',
    },
    {
      label: 'Evidence (sheet)',
      value:
        'One row per page behind each fact: the value this site shows, the value that page states, the page’s date ' +
        '(“undated” when it gives none), its kind (the school’s own page, an official body, a third-party list or a ' +
        'forum) and whether it agrees. Also at /schools/evidence.csv with the same filters.',
    },
    ...(data.notes ? [{ label: 'Your notes', value: 'The “Your notes” column holds the private notes you wrote; they are not stored by IMG Pathways.' }] : []),
    { label: 'Published by', value: data.siteOrigin, link: data.siteOrigin },
  ];
}
