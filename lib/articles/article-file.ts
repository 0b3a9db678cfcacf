// Reads one guide file (YAML front matter + Markdown body) into a validated article.
import matter from 'gray-matter';
import { articleSchema, type ArticleInput } from '../validation/article';
import { formatIssues } from '../validation/format-issues';

export type ArticleFileResult = { ok: true; article: ArticleInput } | { ok: false; reason: string };

// gray-matter runs `---js` / `---javascript` front matter through eval(): a guide file could run code on the
// server. Only YAML is accepted.
const refuseCode = () => {
  throw new Error('front matter must be YAML, not code');
};
const NO_CODE_ENGINES = { javascript: refuseCode, js: refuseCode, coffee: refuseCode, coffeescript: refuseCode, cson: refuseCode };

export function parseArticleFile(text: string): ArticleFileResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: NO_CODE_ENGINES });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    if (message.includes('not code')) return { ok: false, reason: message };
    return { ok: false, reason: `front matter is not valid YAML (${message})` };
  }
  const result = articleSchema.safeParse({ ...parsed.data, body: parsed.content });
  return result.success ? { ok: true, article: result.data } : { ok: false, reason: formatIssues(result.error) };
}
