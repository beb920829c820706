import 'reflect-metadata';
import { copyCommand } from './database/copy/db-copy-command';

/**
 * `npm run db:copy -- --from <sqlite file> --to <postgres url>`: moves a SQLite installation into an
 * empty PostgreSQL database, every table checked by row count and checksum. See docs/scaling.md.
 */
async function main(): Promise<void> {
  process.exitCode = await copyCommand(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  });
}

void main();
