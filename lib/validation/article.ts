// An article as its Markdown front matter (seed) or the admin form gives it.
import { z } from 'zod';
import { GUIDE_CATEGORY_SLUGS } from '../content/categories';
import { httpUrlSchema, slugSchema } from './common';

const dateLike = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD'),
);

export const articleSourceSchema = z.object({
  name: z.string().trim().min(1, 'Source name is required').max(300),
  url: httpUrlSchema,
});

export const articleSchema = z.object({
  title: z.string().trim().min(5, 'Title is required').max(200),
  slug: slugSchema,
  summary: z.string().trim().min(10, 'Summary is required').max(300, 'Summary is at most 300 characters'),
  category: z.enum(GUIDE_CATEGORY_SLUGS, { error: () => `Category must be one of: ${GUIDE_CATEGORY_SLUGS.join(', ')}` }),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  lastReviewed: dateLike,
  sources: z.array(articleSourceSchema).min(1, 'At least one source is required'),
  body: z.string().trim().min(50, 'Body is too short').max(200_000),
});

export type ArticleInput = z.output<typeof articleSchema>;
