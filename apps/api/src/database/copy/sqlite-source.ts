import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MIGRATIONS } from '../data-source';
import { CopyError } from './values';
import { SqliteDatabase, SqliteFile } from '../sqlite-file';

/** TypeORM's own bookkeeping and SQLite's: never copied (the target keeps its own migrations table). */
export const NOT_COPIED = new Set(['migrations', 'typeorm_metadata', 'sqlite_sequence']);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The names the SQLite migrations record in the `migrations` table, in order. */
export const expectedMigrations = (): string[] =>
  MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);

/**
 * The SQLite file of an installation, opened read-only, in one read transaction: every read sees the
 * same moment, even if something still wrote to the file. Integers come as BigInt, so none is rounded.
 */
export class SqliteSource {
  readonly path: string;
  private readonly db: SqliteFile;

  private constructor(path: string, db: SqliteFile) {
    this.path = path;
    this.db = db;
  }

  static open(file: string): SqliteSource {
    const path = resolve(file);
    if (!existsSync(path)) throw new CopyError(`There is no SQLite database at ${path}.`);
    let db: SqliteFile;
    try {
      db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw new CopyError(`Cannot open the SQLite database ${path}: ${(error as Error).message}`);
    }
    try {
      db.defaultSafeIntegers(true);
      db.exec('BEGIN');
      // the read transaction (and with it the snapshot) starts with the first read
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      db.close();
      throw new CopyError(`${path} is not a SQLite database it can read: ${(error as Error).message}`);
    }
    return new SqliteSource(path, db);
  }

  /** Refuses a file that has not run every SQLite migration of this version, or has run newer ones. */
  checkMigrations(): void {
    const hasTable = this.db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
      .get();
    const expected = expectedMigrations();
    const startOnce =
      `Start this version of Tryggplan once on it (DATABASE_PATH=${this.path} npm start), ` +
      'let it finish its migrations, stop it, and run the copy again.';
    if (!hasTable) {
      throw new CopyError(
        `${this.path} has no migrations table: it is not a Tryggplan database, or the app never started on it.\n${startOnce}`,
      );
    }
    const applied = (this.db.prepare('SELECT "name" FROM "migrations"').all() as { name: string }[]).map(
      (row) => row.name,
    );
    const missing = expected.filter((name) => !applied.includes(name));
    if (missing.length > 0) {
      throw new CopyError(
        `${this.path} has not run ${missing.length} of the ${expected.length} SQLite migrations: ${missing.join(', ')}.\n${startOnce}`,
      );
    }
    const unknown = applied.filter((name) => !expected.includes(name));
    if (unknown.length > 0) {
      throw new CopyError(
        `${this.path} has run migrations this version does not know: ${unknown.join(', ')}. ` +
          'It was made by a newer version of Tryggplan; run the copy with that version.',
      );
    }
  }

  /** Rows whose foreign key points nowhere: PostgreSQL would refuse them, so the copy stops first. */
  checkForeignKeys(): void {
    const broken = this.db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0];
      throw new CopyError(
        `${this.path} has ${broken.length} row(s) whose foreign key points to a missing row ` +
          `(the first in table ${first.table}, to ${first.parent}). PostgreSQL would refuse them; nothing was copied.`,
      );
    }
  }

  /** The application's tables. */
  tables(): string[] {
    const rows = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .all() as { name: string }[];
    return rows.map((row) => row.name).filter((name) => !NOT_COPIED.has(name) && !name.startsWith('sqlite_'));
  }

  columns(table: string): string[] {
    return (this.db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map(
      (row) => row.name,
    );
  }

  count(table: string): number {
    const row = this.db.prepare(`SELECT count(*) AS "n" FROM ${quote(table)}`).get() as { n: bigint };
    return Number(row.n);
  }

  /** The highest number an AUTOINCREMENT column of the table ever handed out, deleted rows included. */
  autoincrement(table: string): bigint | undefined {
    const hasSequence = this.db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`)
      .get();
    if (!hasSequence) return undefined;
    const row = this.db.prepare('SELECT "seq" FROM sqlite_sequence WHERE "name" = ?').get(table) as
      { seq: bigint | number } | undefined;
    return row ? BigInt(row.seq) : undefined;
  }

  /**
   * The table's rows in primary-key order (SQLite's binary collation, which is PostgreSQL's "C"),
   * streamed: run nothing else on this source until the iteration ends.
   */
  rows(table: string, columns: string[], primaryKey: string[]): IterableIterator<Record<string, unknown>> {
    const order = primaryKey.map((column) => `${quote(column)} COLLATE BINARY`).join(', ');
    return this.db
      .prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${order}`)
      .iterate() as IterableIterator<Record<string, unknown>>;
  }

  close(): void {
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // no transaction left to end
    }
    this.db.close();
  }
}
