import { DataSource, QueryRunner } from 'typeorm';
import { createDataSource, dataSourceOptions } from '../data-source';
import { quote, readTargetSchema, TargetTable } from './postgres-schema';
import { SqliteSource } from './sqlite-source';
import { canonical, CopyError, TableChecksum, toPostgres } from './values';

export interface CopyOptions {
  /** The SQLite file of the installation. */
  from: string;
  /** The PostgreSQL URL; its password is never printed. */
  to: string;
  /** Rows per INSERT at most (PostgreSQL takes 65,535 parameters per statement whatever this says). */
  batchRows?: number;
  /** Bytes of text and blobs per INSERT, roughly, before it is sent: site-plan images are large. */
  batchBytes?: number;
}

export interface TableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface CopyReport {
  source: string;
  /** The target URL with its password replaced by ***. */
  target: string;
  tables: TableReport[];
  /** Each sequence and the number it hands out next. */
  sequences: { table: string; column: string; next: string }[];
}

/** The copy ran, but a table read back from PostgreSQL differs from SQLite; everything was rolled back. */
export class CopyMismatchError extends CopyError {
  constructor(
    message: string,
    readonly tables: TableReport[],
  ) {
    super(message);
  }
}

/**
 * Rows that the PostgreSQL migrations themselves insert: a target holding only these counts as
 * empty, and they are replaced by the source's rows.
 */
const MIGRATION_ROWS: Record<string, Record<string, unknown>[]> = {
  data_changes: [{ id: 1, value: 0 }],
};

const MAX_PARAMETERS = 65_535;
const VERIFY_CURSOR = 'tp_copy_verify';

/** `postgres://user:***@host/db`: the URL as it may be printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

/** Removes the URL's password from a message (a driver's error may quote the URL). */
function scrubber(url: string): (text: string) => string {
  let password = '';
  try {
    password = new URL(url).password;
  } catch {
    // no password to hide in an unreadable URL
  }
  const secrets = [...new Set([password, safeDecode(password)])].filter((secret) => secret.length > 0);
  return (text) => secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join('***'), text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Copies a SQLite installation into an empty PostgreSQL database: checks the source has run every
 * SQLite migration, migrates the target with the app's own PostgreSQL options, refuses a target with
 * rows, copies every table parents first in one transaction, moves the sequences past the copied
 * numbers, and commits only once every table has the same row count and checksum on both sides.
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const scrub = scrubber(options.to);
  const target = redactUrl(options.to);
  const source = SqliteSource.open(options.from);
  let dataSource: DataSource | undefined;
  try {
    source.checkMigrations();
    source.checkForeignKeys();

    dataSource = createDataSource(dataSourceOptions({ driver: 'postgres', url: options.to }));
    try {
      // runs PostgreSQL's migrations, as the app's start does
      await dataSource.initialize();
    } catch (error) {
      throw new CopyError(`Cannot connect to and migrate ${target}: ${scrub(messageOf(error))}`);
    }
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      try {
        const report = await copyInTransaction(runner, source, options, target);
        await runner.commitTransaction();
        return report;
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (error instanceof CopyError) {
        error.message = scrub(error.message);
        throw error;
      }
      throw new CopyError(`The copy to ${target} failed and was rolled back: ${scrub(messageOf(error))}`);
    } finally {
      await runner.release();
    }
  } finally {
    source.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}

async function copyInTransaction(
  db: QueryRunner,
  source: SqliteSource,
  options: CopyOptions,
  target: string,
): Promise<CopyReport> {
  // an instance still running on the target makes the copy wait at most this long for its locks
  await db.query(`SET LOCAL lock_timeout = '10s'`);
  const tables = await readTargetSchema(db);
  checkSameTables(source, tables);
  if (tables.length > 0) {
    // no one writes to the target between the check that it is empty and the commit
    await db.query(`LOCK TABLE ${tables.map((table) => quote(table.name)).join(', ')} IN EXCLUSIVE MODE`);
  }
  await checkEmpty(db, tables, target);

  for (const table of tables) {
    try {
      if (MIGRATION_ROWS[table.name]) await db.query(`DELETE FROM ${quote(table.name)}`);
      await copyTable(db, source, table, options);
    } catch (error) {
      if (error instanceof CopyError) throw error;
      throw new CopyError(`Copying table ${table.name} failed, so nothing was copied: ${messageOf(error)}`);
    }
  }
  const sequences = await moveSequences(db, source, tables);

  const reports: TableReport[] = [];
  for (const table of tables) reports.push(await verifyTable(db, source, table));
  const bad = reports.filter((report) => !report.ok);
  if (bad.length > 0) {
    const which = bad
      .map((report) =>
        report.sourceRows !== report.targetRows
          ? `${report.table} (${report.sourceRows} rows in SQLite, ${report.targetRows} in PostgreSQL)`
          : `${report.table} (checksums differ)`,
      )
      .join(', ');
    throw new CopyMismatchError(
      `The copy did not read back the same: ${which}. It was rolled back; the target is as it was.`,
      reports,
    );
  }
  return { source: source.path, target, tables: reports, sequences };
}

/** Both sides must have the same tables with the same columns, or the versions do not match. */
function checkSameTables(source: SqliteSource, tables: TargetTable[]): void {
  const sourceTables = source.tables();
  const targetNames = tables.map((table) => table.name);
  const problems: string[] = [];
  const onlySource = sourceTables.filter((name) => !targetNames.includes(name));
  const onlyTarget = targetNames.filter((name) => !sourceTables.includes(name));
  if (onlySource.length) problems.push(`only in SQLite: ${onlySource.join(', ')}`);
  if (onlyTarget.length) problems.push(`only in PostgreSQL: ${onlyTarget.join(', ')}`);
  for (const table of tables) {
    if (!sourceTables.includes(table.name)) continue;
    const sourceColumns = source.columns(table.name);
    const targetColumns = table.columns.map((column) => column.name);
    const missing = targetColumns.filter((name) => !sourceColumns.includes(name));
    const extra = sourceColumns.filter((name) => !targetColumns.includes(name));
    if (missing.length || extra.length) {
      problems.push(
        `table ${table.name}: ` +
          [
            missing.length ? `columns only in PostgreSQL: ${missing.join(', ')}` : '',
            extra.length ? `columns only in SQLite: ${extra.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; '),
      );
    }
  }
  if (problems.length > 0) {
    throw new CopyError(
      `The SQLite and PostgreSQL schemas of this version do not match (${problems.join('; ')}). Nothing was copied.`,
    );
  }
}

/** Refuses a target that holds any row the migrations did not put there, naming the tables. */
async function checkEmpty(db: QueryRunner, tables: TargetTable[], target: string): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const seeds = MIGRATION_ROWS[table.name];
    const [{ n }]: { n: string }[] = await db.query(`SELECT count(*) AS n FROM ${quote(table.name)}`);
    let rows = Number(n);
    if (seeds && rows > 0 && rows <= seeds.length) {
      const present: Record<string, unknown>[] = await db.query(`SELECT * FROM ${quote(table.name)}`);
      const canonicalRow = (row: Record<string, unknown>) =>
        JSON.stringify(table.columns.map((c) => canonical(c.kind, row[c.name], `${table.name}.${c.name}`)));
      const seedRows = new Set(seeds.map(canonicalRow));
      rows = present.filter((row) => !seedRows.has(canonicalRow(row))).length;
    }
    if (rows > 0) filled.push(`${table.name} (${rows} ${rows === 1 ? 'row' : 'rows'})`);
  }
  if (filled.length > 0) {
    throw new CopyError(
      `The target ${target} is not empty: ${filled.join(', ')}. ` +
        'The copy only goes into a new, empty database that no Tryggplan has started on; nothing was changed. ' +
        'Create an empty database (createdb -O tryggplan tryggplan) and copy into that.',
    );
  }
}

async function copyTable(
  db: QueryRunner,
  source: SqliteSource,
  table: TargetTable,
  options: CopyOptions,
): Promise<void> {
  const names = table.columns.map((column) => column.name);
  const perInsert = Math.max(
    1,
    Math.min(options.batchRows ?? 500, Math.floor(MAX_PARAMETERS / names.length)),
  );
  const maxBytes = options.batchBytes ?? 8 * 1024 * 1024;
  const head =
    `INSERT INTO ${quote(table.name)} (${names.map(quote).join(', ')})` +
    (table.hasIdentity ? ' OVERRIDING SYSTEM VALUE' : '') +
    ' VALUES ';
  let batch: unknown[][] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const tuples = batch.map(
      (_, row) => `(${names.map((__, column) => `$${row * names.length + column + 1}`).join(', ')})`,
    );
    await db.query(head + tuples.join(', '), batch.flat());
    batch = [];
    bytes = 0;
  };

  let rows: Iterable<Record<string, unknown>> = source.rows(table.name, names, table.primaryKey);
  if (table.selfReferences.length > 0) rows = parentsFirst(table, [...rows]);
  for (const row of rows) {
    const values = table.columns.map((column) =>
      toPostgres(column.kind, row[column.name], `${table.name}.${column.name}`),
    );
    batch.push(values);
    for (const value of values) {
      bytes += Buffer.isBuffer(value) ? value.length : typeof value === 'string' ? value.length : 8;
    }
    if (batch.length >= perInsert || bytes >= maxBytes) await flush();
  }
  await flush();
}

/** A table that refers to itself (replies to comments): each row after the row it refers to. */
function parentsFirst(table: TargetTable, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const keyOf = (row: Record<string, unknown>, columns: string[]) => {
    const values = columns.map((column) => row[column]);
    if (values.some((value) => value === null || value === undefined)) return undefined;
    return JSON.stringify(values, (_, value) => (typeof value === 'bigint' ? value.toString() : value));
  };
  const byKey = table.selfReferences.map((reference) => {
    const map = new Map<string, Record<string, unknown>>();
    for (const row of rows) {
      const key = keyOf(row, reference.parentColumns);
      if (key !== undefined) map.set(key, row);
    }
    return map;
  });
  const parentsOf = (row: Record<string, unknown>) =>
    table.selfReferences
      .map((reference, i) => {
        const key = keyOf(row, reference.columns);
        return key === undefined ? undefined : byKey[i].get(key);
      })
      .filter((parent): parent is Record<string, unknown> => parent !== undefined && parent !== row);

  const placed = new Set<Record<string, unknown>>();
  const ordered: Record<string, unknown>[] = [];
  for (const start of rows) {
    const stack = [start];
    while (stack.length > 0) {
      const row = stack[stack.length - 1];
      if (placed.has(row)) {
        stack.pop();
        continue;
      }
      // a parent already on the stack is a cycle: PostgreSQL will refuse it and say so
      const parent = parentsOf(row).find((p) => !placed.has(p) && !stack.includes(p));
      if (parent) {
        stack.push(parent);
      } else {
        placed.add(row);
        ordered.push(row);
        stack.pop();
      }
    }
  }
  return ordered;
}

/** Each identity or serial column's sequence continues after the highest number SQLite ever handed out. */
async function moveSequences(
  db: QueryRunner,
  source: SqliteSource,
  tables: TargetTable[],
): Promise<CopyReport['sequences']> {
  const moved: CopyReport['sequences'] = [];
  for (const table of tables) {
    for (const { column, sequence } of table.sequences) {
      const [{ max }]: { max: string | number | null }[] = await db.query(
        `SELECT max(${quote(column)}) AS max FROM ${quote(table.name)}`,
      );
      let last = max === null ? 0n : BigInt(max);
      // AUTOINCREMENT never hands out a number again, even one of a deleted row
      const handedOut = table.primaryKey.length === 1 ? source.autoincrement(table.name) : undefined;
      if (handedOut !== undefined && handedOut > last) last = handedOut;
      if (last > 0n) {
        await db.query('SELECT setval($1::regclass, $2, true)', [sequence, last.toString()]);
      } else {
        await db.query('SELECT setval($1::regclass, 1, false)', [sequence]);
      }
      moved.push({ table: table.name, column, next: (last + 1n).toString() });
    }
  }
  return moved;
}

/** Row counts and sha256 checksums of one table, read from both sides in primary-key order. */
async function verifyTable(db: QueryRunner, source: SqliteSource, table: TargetTable): Promise<TableReport> {
  const names = table.columns.map((column) => column.name);
  const sourceSum = new TableChecksum(table.name, table.columns);
  for (const row of source.rows(table.name, names, table.primaryKey)) sourceSum.add(row);
  const sourceRows = source.count(table.name);

  const targetSum = new TableChecksum(table.name, table.columns);
  const kinds = new Map(table.columns.map((column) => [column.name, column.kind]));
  // "C" orders text by its bytes, as SQLite's BINARY does
  const order = table.primaryKey
    .map((column) => (kinds.get(column) === 'text' ? `${quote(column)} COLLATE "C"` : quote(column)))
    .join(', ');
  const fetchSize = table.columns.some((column) => column.kind === 'binary') ? 16 : 1000;
  await db.query(
    `DECLARE ${VERIFY_CURSOR} NO SCROLL CURSOR FOR SELECT ${names.map(quote).join(', ')} FROM ${quote(table.name)} ORDER BY ${order}`,
  );
  for (;;) {
    const rows: Record<string, unknown>[] = await db.query(
      `FETCH FORWARD ${fetchSize} FROM ${VERIFY_CURSOR}`,
    );
    for (const row of rows) targetSum.add(row);
    if (rows.length < fetchSize) break;
  }
  // on an error the rollback ends the cursor with the transaction
  await db.query(`CLOSE ${VERIFY_CURSOR}`);
  const [{ n }]: { n: string }[] = await db.query(`SELECT count(*) AS n FROM ${quote(table.name)}`);
  const targetRows = Number(n);

  const sourceChecksum = sourceSum.digest();
  const targetChecksum = targetSum.digest();
  return {
    table: table.name,
    sourceRows,
    targetRows,
    sourceChecksum,
    targetChecksum,
    ok:
      sourceRows === targetRows &&
      sourceSum.rows === sourceRows &&
      targetSum.rows === targetRows &&
      sourceChecksum === targetChecksum,
  };
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = (error as { detail?: unknown }).detail;
  return typeof detail === 'string' && detail ? `${error.message} (${detail})` : error.message;
}
