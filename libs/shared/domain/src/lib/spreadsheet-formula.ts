/** Spreadsheets run a line that starts with one of these as a formula (full-width forms included). */
const FORMULA_LINE_START = /(?<=^|[\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Puts an apostrophe before every line of a cell that a spreadsheet would run as a formula (CSV
 * injection): the first line and each one after a line break, since a quoted cell may span lines.
 */
export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_LINE_START, "'");
}
