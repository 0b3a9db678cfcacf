// A1-style references: column numbers as letters (1 → A, 26 → Z, 27 → AA, 703 → AAA), as spreadsheets count.
export const MAX_COLUMNS = 16_384; // XFD, Excel's last column
export const MAX_ROWS = 1_048_576;

/** Bijective base 26: there is no zero digit, so 26 is Z and 27 is AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) throw new RangeError(`Column ${column} is outside 1–${MAX_COLUMNS}`);
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
