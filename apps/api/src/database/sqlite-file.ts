/** The parts of better-sqlite3 the operator commands use (backup, db:copy), typed once. */
export interface SqliteStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface SqliteFile {
  prepare(source: string): SqliteStatement;
  exec(source: string): void;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  defaultSafeIntegers(toggle?: boolean): SqliteFile;
  backup(
    destination: string,
    options?: { progress?: (info: BackupProgress) => number | undefined },
  ): Promise<BackupProgress>;
  close(): void;
}

type SqliteOpen = new (
  filename: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => SqliteFile;

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SqliteDatabase: SqliteOpen = require('better-sqlite3');
