// The PostgreSQL pass of `npm test`: whether it runs, on which server, and the sweep after it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL as it may be printed: without its password. */
export function printableUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/** On unless `TEST_POSTGRES=off` turns it off for one run. */
export function postgresPassEnabled(env) {
  return env.TEST_POSTGRES !== 'off';
}

/** True when the server answers a query within a few seconds. */
export async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A run id for the names of this run's test databases (`tp_test_<run>_<random>`). */
export const newRunId = () => randomBytes(4).toString('hex');

/** Drops what this run's test files left behind (a crashed worker never reaches its close()). */
export async function dropLeftovers(url, runId) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `tp\\_test\\_${runId}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}
