/** The hard limits of a CSV or XLSX import, checked before and while a file is read. */
export const TABLE_LIMITS = {
  /** The upload as sent (an XLSX is compressed). */
  fileBytes: 5 * 1024 * 1024,
  /** All entries of an XLSX unpacked, as its zip directory declares them. */
  unzippedBytes: 50 * 1024 * 1024,
  /** Rows below the header. */
  rows: 20_000,
  columns: 100,
  cellChars: 10_000,
} as const;

export type TableLimit = 'rows' | 'columns' | 'cellChars';

/** Why a table could not be read: plain data, so it crosses from a worker thread unchanged. */
export type TableProblem =
  | { kind: 'formula'; line: number; column: string }
  | { kind: 'limit'; limit: TableLimit; line: number; column?: string }
  | { kind: 'unreadable' };

export class TableProblemError extends Error {
  constructor(readonly problem: TableProblem) {
    super(`table problem: ${problem.kind}`);
  }
}

/** The problem an error from a reader stands for; anything unexpected means the file is not a table. */
export function tableProblemOf(error: unknown): TableProblem {
  return error instanceof TableProblemError ? error.problem : { kind: 'unreadable' };
}
