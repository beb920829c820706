import { HttpStatus } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { ApiHttpException } from './errors';

export interface UploadedTable {
  headers: string[];
  /** Row objects keyed by header; `line` is the row number a person sees in the file (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

export class FormulaCellError extends Error {
  constructor(
    readonly line: number,
    readonly column: string,
  ) {
    super(`formula in row ${line}, column ${column}`);
  }
}

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

export function isXlsx(file: UploadedFile): boolean {
  return file.originalname.toLowerCase().endsWith('.xlsx') || XLSX_TYPES.includes(file.mimetype);
}

export function isCsv(file: UploadedFile): boolean {
  return file.originalname.toLowerCase().endsWith('.csv') || CSV_TYPES.includes(file.mimetype);
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252 (Excel's "CSV" in Sweden). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function toTable(records: string[][]): UploadedTable {
  const [header = [], ...body] = records;
  const headers = header.map((h) => h.trim());
  const rows = body
    .map((record, index) => ({
      line: index + 2,
      cells: Object.fromEntries(headers.map((h, i) => [h, (record[i] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.cells).some((value) => value !== ''));
  return { headers, rows };
}

export function readCsv(bytes: Buffer): UploadedTable {
  const text = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const records: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true });
  return toTable(records);
}

/** The first worksheet; a cell holding a formula is refused (FormulaCellError), never evaluated. */
export async function readXlsx(bytes: Buffer): Promise<UploadedTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const records: string[][] = [];
  const headerCells: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const record: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        throw new FormulaCellError(rowNumber, headerCells[column - 1] ?? String(column));
      }
      record[column - 1] =
        cell.type === ExcelJS.ValueType.Date ? (cell.value as Date).toISOString() : cell.text;
    });
    if (rowNumber === 1) headerCells.push(...record);
    while (records.length < rowNumber - 1) records.push([]);
    records.push(Array.from(record, (value) => value ?? ''));
  });
  return toTable(records);
}

export async function readUploadedTable(file: UploadedFile | undefined): Promise<UploadedTable> {
  if (!file) throw new ApiHttpException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type');
  if (isXlsx(file)) return readXlsx(file.buffer);
  if (isCsv(file)) return readCsv(file.buffer);
  throw new ApiHttpException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type');
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
export function neutraliseCell(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV for Excel in Sweden: UTF-8 with BOM, semicolons, CRLF, every cell neutralised. */
export function toExcelCsv(headers: string[], rows: unknown[][]): string {
  return (
    '\uFEFF' +
    stringify([headers, ...rows.map((row) => row.map(neutraliseCell))], {
      delimiter: ';',
      record_delimiter: '\r\n',
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
