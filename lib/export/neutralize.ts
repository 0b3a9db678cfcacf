// Formula-injection guard shared by the CSV and XLSX writers (OWASP "CSV injection"): a spreadsheet may run a
// cell that starts with =, +, -, @, tab or carriage return as a formula. Such text gets a leading single
// quote, so the cell shows the text and never evaluates. Data comes from editors and imports, so no cell is
// trusted.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Only http(s) URLs become clickable links; anything else (javascript:, file:, data:) stays plain text. */
export function isSafeLinkUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
