// Reads one guide file (YAML front matter + Markdown body) into a validated article.
import matter from 'gray-matter';
import { articleSchema, type ArticleInput } from '../validation/article';
import { formatIssues } from '../validation/format-issues';

export type ArticleFileResult = { ok: true; article: ArticleInput } | { ok: false; reason: string };

export function parseArticleFile(text: string): ArticleFileResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  const result = articleSchema.safeParse({ ...parsed.data, body: parsed.content });
  return result.success ? { ok: true, article: result.data } : { ok: false, reason: formatIssues(result.error) };
}
