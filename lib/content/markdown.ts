// Markdown → sanitized HTML, plus the table of contents and reading time, for guide articles.
// Raw HTML in the Markdown is dropped by remark-rehype (allowDangerousHtml stays off) and the result still
// goes through rehype-sanitize's GitHub schema: no scripts, event handlers, javascript:/data: URLs or frames.
// The sanitizer prefixes every id with `user-content-` (so an article cannot clobber globals like
// `window.location` through an element id); the TOC is read from the sanitized tree so its links match.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

export const WORDS_PER_MINUTE = 200;

export type TocEntry = { depth: 2 | 3; id: string; text: string };
export type RenderedMarkdown = {
  html: string;
  toc: TocEntry[];
  /** Every link target left after sanitizing, in document order. */
  links: string[];
  words: number;
  readingMinutes: number;
};

// Minimal hast shapes: enough to walk the tree without importing transitive type packages.
type HastNode = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeSanitize)
  .use(rehypeStringify);

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function collectLinks(node: HastNode, links: string[]): void {
  const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
  if (typeof href === 'string') links.push(href);
  for (const child of node.children ?? []) collectLinks(child, links);
}

function collectToc(node: HastNode, toc: TocEntry[]): void {
  if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
    const id = node.properties?.id;
    if (typeof id === 'string' && id) toc.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: textOf(node).trim() });
    return;
  }
  for (const child of node.children ?? []) collectToc(child, toc);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown)) as unknown as HastNode;
  const toc: TocEntry[] = [];
  collectToc(tree, toc);
  const links: string[] = [];
  collectLinks(tree, links);
  // Block elements are joined without whitespace in the tree; count words per text node instead.
  const words = countWordsInTree(tree);
  const html = processor.stringify(tree as never) as string;
  return { html, toc, links, words, readingMinutes: readingMinutes(words) };
}

function countWordsInTree(node: HastNode): number {
  if (node.type === 'text') return countWords(node.value ?? '');
  return (node.children ?? []).reduce((sum, child) => sum + countWordsInTree(child), 0);
}
