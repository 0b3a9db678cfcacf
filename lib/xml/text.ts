// The one XML escaper (the XLSX writer's parts and the Atom feeds): markup characters escaped, and the
// characters XML 1.0 cannot carry at all (control characters other than tab, newline and carriage return;
// unpaired surrogates; U+FFFE, U+FFFF) removed, because a single one makes a spreadsheet program or a feed
// reader refuse the whole document. Carriage returns become
// character references so that XML's line-end normalisation does not turn them into newlines.

// One quick test first: nearly every value needs no work, and skipping the replaces is most of the speed.
const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_WORK_IN_ATTRIBUTE = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP = /[&<>"\r]/g;
const MARKUP_IN_ATTRIBUTE = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const toEntity = (char: string) => ENTITY[char];

/** True when the text can go into XML as is: no markup, no tab/newline/CR, nothing forbidden. */
export function isPlainXmlText(value: string): boolean {
  return !NEEDS_WORK_IN_ATTRIBUTE.test(value);
}

/** Removes the characters XML 1.0 forbids; everything else is kept as is. */
export function stripXmlForbidden(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** For element content. */
export function xmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return stripXmlForbidden(value).replace(MARKUP, toEntity);
}

/** For a double-quoted attribute value (tabs and newlines escaped too, or attribute normalisation eats them). */
export function xmlAttribute(value: string): string {
  if (!NEEDS_WORK_IN_ATTRIBUTE.test(value)) return value;
  return stripXmlForbidden(value).replace(MARKUP_IN_ATTRIBUTE, toEntity);
}
