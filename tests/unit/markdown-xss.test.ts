// Article Markdown must render inert whatever an editor (or an attacker with an editor's account) pastes in.
import { describe, expect, it } from 'vitest';
import { readingMinutes, renderMarkdown } from '@/lib/content/markdown';

const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1);">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<a href="  JaVaScRiPt:alert(1)">click</a>',
  '<details open ontoggle=alert(1)>x</details>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">hover</div>',
  '<p title="x" onclick="alert(1)">text</p>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '[click][evil]\n\n[evil]: javascript:alert(1)',
  '## Heading <img src=x onerror=alert(1)>',
  '| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |',
  '> quote <svg/onload=alert(1)>',
  '- item <iframe src=//evil.example>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  '<style>body{display:none}</style>',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
];

// Attributes inside tags only: escaped text such as `&#x3C;img onerror=...` is harmless and stays readable.
const EVENT_HANDLER_ATTR = /<[a-z][^>]*\son\w+\s*=/i;
const JS_URL_ATTR = /<[a-z][^>]*\s(?:href|src|action|data|formaction|srcdoc)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;
const ACTIVE_TAGS = /<(?:script|iframe|object|embed|style|base|link|meta|form|input|svg|math)\b/i;

describe('renderMarkdown sanitizes hostile input', () => {
  it.each(PAYLOADS)('renders inert: %s', (payload) => {
    const { html } = renderMarkdown(`Intro paragraph.\n\n${payload}\n\nOutro paragraph.`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(EVENT_HANDLER_ATTR);
    expect(html).not.toMatch(JS_URL_ATTR);
    expect(html.toLowerCase()).not.toContain('href="javascript:');
    expect(html).not.toMatch(ACTIVE_TAGS);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    // The surrounding content survives: sanitizing drops the attack, not the article.
    expect(html).toContain('<p>Intro paragraph.</p>');
    expect(html).toContain('<p>Outro paragraph.</p>');
  });

  it('has at least 20 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the text of a code span visible but escaped', () => {
    const { html } = renderMarkdown('Do not paste `<img src=x onerror=alert(1)>` into forms.');
    expect(html).toContain('<code>&#x3C;img src=x onerror=alert(1)></code>');
    expect(html).not.toMatch(EVENT_HANDLER_ATTR);
  });
});

describe('renderMarkdown renders ordinary articles', () => {
  const markdown = [
    'Opening words for the reader.',
    '',
    '## Paying for school',
    '',
    'See [schools with aid](/schools?aid=need) and [the AAMC](https://www.aamc.org/).',
    '',
    '### Escrow & proof of funds',
    '',
    '| Term | Meaning |',
    '|---|---|',
    '| Escrow | Money held in advance |',
    '',
    '## Paying for school',
    '',
    '#### Not in the TOC',
  ].join('\n');

  it('gives headings ids and a TOC whose ids are exactly the ids in the HTML', () => {
    const { html, toc } = renderMarkdown(markdown);
    expect(toc).toEqual([
      { depth: 2, id: 'user-content-paying-for-school', text: 'Paying for school' },
      { depth: 3, id: 'user-content-escrow--proof-of-funds', text: 'Escrow & proof of funds' },
      { depth: 2, id: 'user-content-paying-for-school-1', text: 'Paying for school' },
    ]);
    for (const entry of toc) expect(html).toContain(`id="${entry.id}"`);
  });

  it('keeps relative and https links, and GFM tables', () => {
    const { html } = renderMarkdown(markdown);
    expect(html).toContain('<a href="/schools?aid=need">schools with aid</a>');
    expect(html).toContain('<a href="https://www.aamc.org/">the AAMC</a>');
    expect(html).toMatch(/<table>[\s\S]*<td>Escrow<\/td>/);
  });

  it('counts words and reading time at 200 words a minute, at least one minute', () => {
    expect(renderMarkdown('one two three').words).toBe(3);
    expect(renderMarkdown('one two three').readingMinutes).toBe(1);
    const long = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    expect(renderMarkdown(long).words).toBe(1000);
    expect(renderMarkdown(long).readingMinutes).toBe(5);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(500)).toBe(3);
  });
});
