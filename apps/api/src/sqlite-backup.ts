import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SqliteDatabase, SqliteFile } from './database/sqlite-file';

/** Every page in one step: one read snapshot, so a write by the running server cannot restart the copy. */
const ALL_PAGES = 0x7fffffff;

export interface BackupResult {
  source: string;
  target: string;
  pages: number;
  bytes: number;
}

export class BackupError extends Error {}

/** `<folder of the database>/backups/tryggplan-2026-12-03T14-05-09Z.sqlite` */
export function defaultBackupPath(databasePath: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return join(dirname(databasePath), 'backups', `tryggplan-${stamp}.sqlite`);
}

/**
 * A consistent copy of a live SQLite database (WAL mode, server running) through SQLite's online
 * backup API, checked with `PRAGMA quick_check`, left as one file (no -wal beside it). Never overwrites:
 * the target is created exclusively.
 */
export async function backupSqlite(sourcePath: string, targetPath: string): Promise<BackupResult> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (source === target) throw new BackupError(`The backup cannot be the database itself: ${source}`);
  let db: SqliteFile;
  try {
    db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`Cannot open the database ${source}: ${(error as Error).message}`);
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    try {
      // 'wx' fails if the file exists, also when two backups race for the same name
      closeSync(openSync(target, 'wx'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new BackupError(`${target} already exists; refusing to overwrite it. Choose another --to.`);
      }
      throw error;
    }
    try {
      const progress = await db.backup(target, { progress: () => ALL_PAGES });
      const check = new SqliteDatabase(target, { fileMustExist: true });
      try {
        // the copy keeps the source's WAL flag; as one self-contained file it restores by a plain copy
        check.pragma('journal_mode = DELETE');
        const result = check.pragma('quick_check', { simple: true });
        if (result !== 'ok') throw new BackupError(`The copy ${target} failed its check: ${String(result)}`);
      } finally {
        check.close();
      }
      return { source, target, pages: progress.totalPages, bytes: statSync(target).size };
    } catch (error) {
      rmSync(target, { force: true });
      throw error;
    }
  } finally {
    db.close();
  }
}

export interface BackupCommandIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = 'Usage: npm run backup [-- --to <file>]';

/**
 * `npm run backup [-- --to <file>]` against the SQLite file at `databasePath`; returns the exit code.
 * PostgreSQL installations (DATABASE_URL set) are pointed to pg_dump instead.
 */
export async function backupCommand(
  args: string[],
  env: Record<string, string | undefined>,
  databasePath: string,
  io: BackupCommandIo,
  now: Date = new Date(),
): Promise<number> {
  if (env['DATABASE_URL']) {
    io.err(
      'DATABASE_URL is set: this installation runs on PostgreSQL, and npm run backup copies SQLite only.\n' +
        'Back up PostgreSQL with pg_dump, e.g.  pg_dump --format=custom --file=tryggplan.dump "$DATABASE_URL"\n' +
        'and restore with pg_restore. See docs/scaling.md.',
    );
    return 2;
  }
  let to: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg === '--to' && args[i + 1]) {
      to = args[++i];
    } else if (arg.startsWith('--to=') && arg.length > 5) {
      to = arg.slice(5);
    } else {
      io.err(`Unknown or incomplete argument: ${arg}\n${USAGE}`);
      return 2;
    }
  }
  const target = resolve(to ?? defaultBackupPath(databasePath, now));
  try {
    const result = await backupSqlite(databasePath, target);
    io.out(
      `Backed up ${result.source}\n` +
        `       to ${result.target} (${result.pages} pages, ${result.bytes} bytes, quick_check ok).\n` +
        'To restore: stop the server, then copy this file to DATABASE_PATH (see docs/scaling.md).',
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(error.message);
      return 1;
    }
    io.err(`Backup failed: ${(error as Error).message}`);
    return 1;
  }
}
