import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormulas } from '@tryggplan/shared/domain';

/** Every line of a cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
export function neutraliseCell(value: unknown): string {
  return neutraliseFormulas(value == null ? '' : String(value));
}

/** A cell holding a line break, a quote or the separator is quoted, so that it can never start a row of its own. */
const NEEDS_QUOTES = /[\r\n";]/;

/** CSV for Excel in Sweden: UTF-8 with BOM, semicolons, CRLF, every cell neutralised. */
export function toExcelCsv(headers: string[], rows: unknown[][]): string {
  return (
    '\uFEFF' +
    stringify([headers, ...rows.map((row) => row.map(neutraliseCell))], {
      delimiter: ';',
      record_delimiter: '\r\n',
      quoted_match: NEEDS_QUOTES,
    })
  );
}

/** An XLSX workbook with one sheet of plain text cells (never formulas), every cell neutralised. */
export async function toXlsx(sheetName: string, headers: string[], rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tryggplan';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutraliseCell));
  sheet.columns.forEach((column) => (column.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
