import { ConfigError, loadConfig } from '@tryggplan/api/core';
import { copyDatabase, CopyMismatchError, CopyOptions, redactUrl, TableReport } from './copy-database';
import { CopyError } from './values';

export interface CopyCommandIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE =
  'Usage: npm run db:copy -- --from <sqlite file> --to <postgres://user:password@host:5432/database>';

/**
 * `npm run db:copy -- --from <sqlite file> --to <postgres url>`; returns the exit code: 0 copied and
 * checked, 1 refused or failed (nothing copied), 2 a wrong command line.
 */
export async function copyCommand(
  args: string[],
  io: CopyCommandIo,
  copy: (options: CopyOptions) => ReturnType<typeof copyDatabase> = copyDatabase,
): Promise<number> {
  const given: { from?: string; to?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const match = /^--(from|to)(?:=(.*))?$/.exec(arg);
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (match && match[2] !== undefined && match[2] !== '') {
      given[match[1] as 'from' | 'to'] = match[2];
    } else if (match && match[2] === undefined && args[i + 1] && !args[i + 1].startsWith('--')) {
      given[match[1] as 'from' | 'to'] = args[++i];
    } else {
      // never echo a --to value: it may hold the password
      io.err(`Unknown or incomplete argument: ${arg.startsWith('--to') ? '--to' : arg}\n${USAGE}`);
      return 2;
    }
  }
  if (!given.from || !given.to) {
    io.err(`Both --from and --to are needed.\n${USAGE}`);
    return 2;
  }
  let url: string;
  try {
    // the same check the app makes of DATABASE_URL
    const database = loadConfig({ DATABASE_URL: given.to }).database;
    if (database.driver !== 'postgres') throw new ConfigError('not postgres');
    url = database.url;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`--to must be a PostgreSQL URL: postgres://user:password@host:5432/database\n${USAGE}`);
    return 2;
  }

  const started = Date.now();
  try {
    const report = await copy({ from: given.from, to: url });
    const rows = report.tables.reduce((sum, table) => sum + table.targetRows, 0);
    io.out(`Copied ${report.source}\n    to ${report.target}\n`);
    io.out(formatTables(report.tables));
    io.out('');
    for (const sequence of report.sequences) {
      io.out(`Sequence of ${sequence.table}.${sequence.column} continues at ${sequence.next}.`);
    }
    io.out(
      `${report.tables.length} tables, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        'every table has the same row count and checksum in SQLite and PostgreSQL.\n' +
        'Start the API with DATABASE_URL set to this database (see docs/scaling.md).',
    );
    return 0;
  } catch (error) {
    if (error instanceof CopyMismatchError) {
      io.err(formatTables(error.tables));
      io.err('');
      io.err(error.message);
      return 1;
    }
    if (error instanceof CopyError) {
      io.err(error.message);
      return 1;
    }
    const message = (error as Error).message ?? String(error);
    const password = safePassword(url);
    io.err(`The copy failed: ${password ? message.split(password).join('***') : message}`);
    io.err(`Target: ${redactUrl(url)}`);
    return 1;
  }
}

function safePassword(url: string): string {
  try {
    return new URL(url).password;
  } catch {
    return '';
  }
}

/** tables × rows × checksum, one line each. */
export function formatTables(tables: TableReport[]): string {
  const width = Math.max(5, ...tables.map((table) => table.table.length));
  const rowsWidth = Math.max(4, ...tables.map((table) => String(table.sourceRows).length));
  const lines = [`${'table'.padEnd(width)}  ${'rows'.padStart(rowsWidth)}  sha256            check`];
  for (const table of tables) {
    const rows =
      table.sourceRows === table.targetRows
        ? String(table.targetRows)
        : `${table.sourceRows}→${table.targetRows}`;
    lines.push(
      `${table.table.padEnd(width)}  ${rows.padStart(rowsWidth)}  ${table.targetChecksum.slice(0, 16)}  ` +
        (table.ok ? 'OK' : 'MISMATCH'),
    );
  }
  return lines.join('\n');
}
