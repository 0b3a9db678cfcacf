// The admin article form: strings from the form (tags comma-separated, one "Name | URL" source per line) →
// the same articleSchema the Markdown seed files go through, plus the draft/published status.
import { z } from 'zod';
import { articleSchema } from './article';
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

const articleWithStatus = articleSchema.extend({ status: enumField(LISTING_STATUSES, 'Status') });

export const articleFormSchema = z
  .object({
    title: z.string().default(''),
    slug: z.string().default(''),
    summary: z.string().default(''),
    category: z.string().default(''),
    tags: z.string().default(''),
    lastReviewed: z.string().default(''),
    sources: z.string().default('').transform(sourceLines),
    body: z.string().default(''),
    status: enumField(LISTING_STATUSES, 'Status'),
  })
  .transform(({ tags, ...rest }) => ({ ...rest, tags: [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))] }))
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Zod's pipe wants the next input to match exactly; articleSchema's `tags` default makes it optional there.
  .pipe(articleWithStatus as unknown as z.ZodType<z.output<typeof articleWithStatus>, any>);
export type ArticleFormInput = z.output<typeof articleWithStatus>;
