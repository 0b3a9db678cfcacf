// The admin article form: strings from the form (tags comma-separated, one "Name | URL" source per line) →
// the same articleSchema the Markdown seed files go through, plus the draft/published status.
import { z } from 'zod';
import { articleSchema, articleSourceSchema } from './article';
import { LISTING_STATUSES } from './enums';
import { enumField } from './common';

function sourceLines(value: string, ctx: z.RefinementCtx) {
  const sources: { name: string; url: string }[] = [];
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .forEach((line, index) => {
      const bar = line.lastIndexOf('|');
      if (bar < 0) {
        ctx.addIssue({ code: 'custom', message: `Line ${index + 1}: write the source as Name | URL` });
        return;
      }
      sources.push({ name: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() });
    });
  return sources;
}

// Every field is checked in one object, so a bad source line does not hide errors in the other fields.
export const articleFormSchema = articleSchema.extend({
  tags: z
    .string()
    .default('')
    .transform((tags) => [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(40, 'A tag is at most 40 characters')).max(20, 'At most 20 tags')),
  sources: z.string().default('').transform(sourceLines).pipe(z.array(articleSourceSchema).min(1, 'At least one source is required')),
  status: enumField(LISTING_STATUSES, 'Status'),
});
export type ArticleFormInput = z.output<typeof articleFormSchema>;
