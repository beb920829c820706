import { csvDelimiter, decodeCsvText } from '@tryggplan/shared/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { TABLE_LIMITS, TableLimit, TableProblemError } from './table-limits';

export interface UploadedTable {
  headers: string[];
  /** Row objects keyed by header; `line` is the row number a person sees in the file (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

export type TableFormat = 'csv' | 'xlsx';

const overLimit = (limit: TableLimit, line: number, column?: string) =>
  new TableProblemError({ kind: 'limit', limit, line, column });

/** Gathers a file's records in row order, refusing the first one past a limit. */
class TableBuilder {
  private readonly records: string[][] = [];
  headers: string[] = [];

  add(line: number, record: string[]): void {
    if (line > TABLE_LIMITS.rows + 1) throw overLimit('rows', line);
    if (record.length > TABLE_LIMITS.columns) throw overLimit('columns', line);
    const long = record.findIndex((value) => value.length > TABLE_LIMITS.cellChars);
    if (long >= 0) throw overLimit('cellChars', line, this.headers[long] || String(long + 1));
    if (line === 1) this.headers = record.map((h) => h.trim());
    while (this.records.length < line - 1) this.records.push([]);
    this.records.push(record);
  }

  table(): UploadedTable {
    const [, ...body] = this.records;
    const headers = this.headers;
    const rows = body
      .map((record, index) => ({
        line: index + 2,
        cells: Object.fromEntries(headers.map((h, i) => [h, (record[i] ?? '').trim()])),
      }))
      .filter((row) => Object.values(row.cells).some((value) => value !== ''));
    return { headers, rows };
  }
}

export function readCsv(bytes: Uint8Array): UploadedTable {
  const text = decodeCsvText(bytes);
  const delimiter = csvDelimiter(text);
  // `to` stops the parser one record past the limit instead of reading the whole file.
  const records: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    to: TABLE_LIMITS.rows + 2,
  });
  const builder = new TableBuilder();
  records.forEach((record, index) => builder.add(index + 1, record));
  return builder.table();
}

function recordOf(row: ExcelJS.Row, line: number, headers: string[]): string[] {
  // A cell far to the right would make `eachCell` walk every empty column before it.
  if (row.cellCount > TABLE_LIMITS.columns) throw overLimit('columns', line);
  const record: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    if (cell.type === ExcelJS.ValueType.Formula) {
      throw new TableProblemError({
        kind: 'formula',
        line,
        column: headers[column - 1] || String(column),
      });
    }
    record[column - 1] =
      cell.type === ExcelJS.ValueType.Date ? (cell.value as Date).toISOString() : cell.text;
  });
  return Array.from(record, (value) => value ?? '');
}

/**
 * The first worksheet, read as a stream so that reading stops at the first row past a limit; a cell
 * holding a formula is refused, never evaluated.
 */
export async function readXlsx(bytes: Uint8Array): Promise<UploadedTable> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const builder = new TableBuilder();
  for await (const sheet of workbook) {
    let line = 0;
    for await (const row of sheet) {
      // A row without its number (no r="…") still counts: the limit must not rest on what the file claims.
      line = row.number > line ? row.number : line + 1;
      builder.add(line, recordOf(row, line, builder.headers));
    }
    break;
  }
  return builder.table();
}

export async function readTable(format: TableFormat, bytes: Uint8Array): Promise<UploadedTable> {
  return format === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
}
