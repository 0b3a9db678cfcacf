// The glossary: terms readers meet on school and lender pages, with plain definitions and sources.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const glossarySchema = z.array(
  z.object({
    slug: z.string(),
    term: z.string(),
    definition: z.string(),
    sources: z.array(z.object({ name: z.string(), url: z.string().url() })).default([]),
    relatedGuides: z.array(z.string()).default([]),
  }),
);

export type GlossaryEntry = z.output<typeof glossarySchema>[number];

let cached: GlossaryEntry[] | null = null;

export function getGlossary(): GlossaryEntry[] {
  if (!cached) {
    const file = path.join(process.cwd(), 'prisma', 'seed-data', 'glossary.json');
    cached = glossarySchema.parse(JSON.parse(readFileSync(file, 'utf8'))).sort((a, b) => a.term.localeCompare(b.term));
  }
  return cached;
}
