import { ConfigError, loadConfig } from '@tryggplan/api/core';
import { backupCommand } from './sqlite-backup';

/**
 * `npm run backup [-- --to <file>]`: an online copy of the SQLite database at DATABASE_PATH, safe
 * while the server runs; by default into `backups/` beside the database. See docs/scaling.md.
 */
async function main(): Promise<void> {
  let databasePath: string;
  try {
    databasePath = loadConfig(process.env).databasePath;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee docs/configuration.md.\n`);
      process.exit(2);
    }
    throw error;
  }
  process.exitCode = await backupCommand(process.argv.slice(2), process.env, databasePath, {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  });
}

void main();
