import { HttpStatus } from '@nestjs/common';
import { apiMessage, ApiMessageCode, Language, validationMessage } from '@tryggplan/shared/domain';
import { join } from 'node:path';
import { ApiHttpException, invalidInput } from '../errors';
import { budgetRefusal, uploadTooLarge } from '../upload-refusals';
import { readUploadOffThread } from '../upload-workers';
import { TABLE_LIMITS, TableLimit, TableProblem, tableProblemOf } from './table-limits';
import { readTable, TableFormat, UploadedTable } from './table-reader';
import type { TableJob } from './table-worker';
import { checkZipDirectory } from './xlsx-directory';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

const TABLE_WORKER = join(__dirname, 'table-worker.js');

export function tableFormatOf(file: UploadedFile): TableFormat | undefined {
  const name = file.originalname.toLowerCase();
  if (name.endsWith('.xlsx') || XLSX_TYPES.includes(file.mimetype)) return 'xlsx';
  if (name.endsWith('.csv') || CSV_TYPES.includes(file.mimetype)) return 'csv';
  return undefined;
}

const unsupported = () => new ApiHttpException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type');

const LIMIT_CODES: Record<TableLimit, ApiMessageCode> = {
  rows: 'upload_too_many_rows',
  columns: 'upload_too_many_columns',
  cellChars: 'upload_cell_too_long',
};

function refusalOf(problem: TableProblem, lang: Language): ApiHttpException {
  switch (problem.kind) {
    case 'formula':
      return invalidInput([
        {
          field: `rows[${problem.line}].${problem.column}`,
          code: 'formula_not_allowed',
          message: validationMessage('formula_not_allowed', lang),
          row: problem.line,
        },
      ]);
    case 'limit': {
      const code = LIMIT_CODES[problem.limit];
      const field =
        problem.limit === 'rows'
          ? 'file'
          : problem.column
            ? `rows[${problem.line}].${problem.column}`
            : `rows[${problem.line}]`;
      return new ApiHttpException(HttpStatus.PAYLOAD_TOO_LARGE, code, [
        { field, message: apiMessage(code, lang), row: problem.line },
      ]);
    }
    case 'unreadable':
      return unsupported();
  }
}

const isTableProblem = (value: unknown): value is TableProblem =>
  typeof value === 'object' && value !== null && 'kind' in value;

function readOffThread(format: TableFormat, buffer: Buffer): Promise<UploadedTable> {
  const bytes = new Uint8Array(buffer); // a copy of its own, moved to the worker rather than cloned
  const job: TableJob = { format, bytes };
  const inThisThread = () =>
    readTable(format, bytes).catch((error: unknown) => Promise.reject(tableProblemOf(error)));
  return readUploadOffThread(TABLE_WORKER, job, inThisThread, [bytes.buffer]);
}

/**
 * Reads an uploaded CSV or XLSX into a table within TABLE_LIMITS: the cheap checks (size, an XLSX's
 * declared unpacked size) here, the parsing on a worker thread with a time and memory limit. Every
 * refusal is an answer in the API's error shape that names the limit.
 */
export async function readUploadedTable(
  file: UploadedFile | undefined,
  lang: Language,
): Promise<UploadedTable> {
  const format = file && tableFormatOf(file);
  if (!file || !format) throw unsupported();
  if (file.size > TABLE_LIMITS.fileBytes) throw uploadTooLarge('upload_file_too_large', 'file', lang);
  if (format === 'xlsx') {
    const verdict = await checkZipDirectory(file.buffer, TABLE_LIMITS.unzippedBytes);
    if (verdict === 'too-large') throw uploadTooLarge('upload_unzipped_too_large', 'file', lang);
    if (verdict === 'not-a-zip') throw unsupported();
  }
  try {
    return await readOffThread(format, file.buffer);
  } catch (error) {
    throw (
      budgetRefusal(error, lang) ?? refusalOf(isTableProblem(error) ? error : { kind: 'unreadable' }, lang)
    );
  }
}
