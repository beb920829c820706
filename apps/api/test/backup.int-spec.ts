import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand, backupSqlite, defaultBackupPath } from '../src/sqlite-backup';

interface Sqlite {
  readonly open: boolean;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database: new (file: string, options?: { readonly?: boolean }) => Sqlite = require('better-sqlite3');

function captureIo() {
  const io = { stdout: '', stderr: '' };
  return {
    io,
    sink: {
      out: (line: string) => (io.stdout += line + '\n'),
      err: (line: string) => (io.stderr += line + '\n'),
    },
  };
}

describe('npm run backup (SQLite)', () => {
  let dir: string;
  let databasePath: string;
  let server: Sqlite;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tryggplan-backup-'));
    databasePath = join(dir, 'tryggplan.sqlite');
    // stands in for the running server: WAL mode, connection held open, nothing checkpointed
    server = new Database(databasePath);
    server.pragma('journal_mode = WAL');
    server.pragma('wal_autocheckpoint = 0');
    server.exec('CREATE TABLE events (id text PRIMARY KEY, name text NOT NULL, plan blob)');
    const insert = server.prepare('INSERT INTO events (id, name, plan) VALUES (?, ?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`e${i}`, `Stadsfest ${i} åäö`, Buffer.alloc(1024, i));
  });

  afterEach(() => {
    if (server.open) server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rowsOf = (file: string) => {
    const copy = new Database(file, { readonly: true });
    try {
      return copy.prepare('SELECT id, name, plan FROM events ORDER BY id').all() as {
        id: string;
        name: string;
        plan: Buffer;
      }[];
    } finally {
      copy.close();
    }
  };

  it('copies every committed row while the server holds the database open, WAL included', async () => {
    // the rows are only in the WAL so far: the copy must read through it
    expect(statSync(databasePath).size).toBeLessThan(100 * 1024);
    const target = join(dir, 'copy.sqlite');
    const result = await backupSqlite(databasePath, target);

    expect(result.target).toBe(target);
    // one self-contained file: nothing beside it that a restore by copy could forget
    expect(existsSync(`${target}-wal`) || existsSync(`${target}-shm`)).toBe(false);
    expect(result.bytes).toBeGreaterThan(500 * 1024);
    const rows = rowsOf(target);
    expect(rows).toHaveLength(500);
    expect(rows.find((row) => row.id === 'e42')).toEqual({
      id: 'e42',
      name: 'Stadsfest 42 åäö',
      plan: Buffer.alloc(1024, 42),
    });

    // the server keeps writing; the copy is a snapshot and the live database is untouched
    server.prepare('INSERT INTO events (id, name) VALUES (?, ?)').run('after', 'later');
    expect(rowsOf(target)).toHaveLength(500);
    expect(rowsOf(databasePath)).toHaveLength(501);
  });

  it('also works when the server is stopped', async () => {
    server.close(); // the last connection checkpoints the WAL into the file and removes it
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    const target = join(dir, 'stopped.sqlite');
    await backupSqlite(databasePath, target);
    expect(rowsOf(target)).toHaveLength(500);
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const target = join(dir, 'existing.sqlite');
    writeFileSync(target, 'keep me');
    await expect(backupSqlite(databasePath, target)).rejects.toThrow(/already exists; refusing to overwrite/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');

    const { io, sink } = captureIo();
    expect(await backupCommand(['--to', target], {}, databasePath, sink)).toBe(1);
    expect(io.stderr).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('writes to backups/ beside the database by default and prints what it wrote', async () => {
    const now = new Date('2026-12-03T14:05:09.123Z');
    const expected = join(dir, 'backups', 'tryggplan-2026-12-03T14-05-09Z.sqlite');
    expect(defaultBackupPath(databasePath, now)).toBe(expected);

    const { io, sink } = captureIo();
    expect(await backupCommand([], {}, databasePath, sink, now)).toBe(0);
    expect(io.stdout).toContain(expected);
    expect(io.stdout).toContain('quick_check ok');
    expect(rowsOf(expected)).toHaveLength(500);

    // a second run in the same second must not replace the first
    const again = captureIo();
    expect(await backupCommand([], {}, databasePath, again.sink, now)).toBe(1);
    expect(again.io.stderr).toMatch(/refusing to overwrite/);
  });

  it('takes --to=<file> and says so for a missing database or an unknown argument', async () => {
    const target = join(dir, 'nested', 'folder', 'copy.sqlite');
    const ok = captureIo();
    expect(await backupCommand([`--to=${target}`], {}, databasePath, ok.sink)).toBe(0);
    expect(rowsOf(target)).toHaveLength(500);

    const missing = captureIo();
    expect(
      await backupCommand(['--to', join(dir, 'x.sqlite')], {}, join(dir, 'nope.sqlite'), missing.sink),
    ).toBe(1);
    expect(missing.io.stderr).toMatch(/Cannot open the database/);
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);

    const unknown = captureIo();
    expect(await backupCommand(['--too', 'x'], {}, databasePath, unknown.sink)).toBe(2);
    expect(unknown.io.stderr).toMatch(/Usage: npm run backup/);
  });

  it('points a PostgreSQL installation to pg_dump and exits non-zero', async () => {
    const { io, sink } = captureIo();
    const code = await backupCommand(
      [],
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tryggplan' },
      databasePath,
      sink,
    );
    expect(code).toBe(2);
    expect(io.stderr).toMatch(/pg_dump/);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
