import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Which driver this run of the integration project tests: `TEST_DRIVER=postgres` (set by `npm test`'s second pass). */
export function testDriver(): 'sqlite' | 'postgres' {
  return process.env['TEST_DRIVER'] === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server tests make their databases on; its own database is only for CREATE/DROP. */
export function testServerUrl(): string {
  return process.env['TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
}

export interface TestDatabase {
  /** The environment that points an app at this database. */
  env: Record<string, string>;
  /** Removes the database (a no-op for SQLite, whose folder the caller removes). */
  drop(): Promise<void>;
}

/** A fresh, empty database for one test app: a file in `dir` on SQLite, `tp_test_<random>` on PostgreSQL. */
export function freshTestDatabase(dir: string): Promise<TestDatabase> {
  if (testDriver() === 'postgres') return freshPostgresDatabase(testServerUrl());
  return Promise.resolve({ env: { DATABASE_PATH: join(dir, 'test.sqlite') }, drop: async () => undefined });
}

/**
 * CREATE DATABASE on the server, dropped WITH (FORCE) by `drop()`. The name carries `TEST_RUN_ID`
 * when `npm test` sets it, so the run can sweep what a crashed worker left behind.
 */
export async function freshPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const runId = process.env['TEST_RUN_ID']?.toLowerCase().replace(/[^a-z0-9]/g, '');
  const name = ['tp_test', runId, randomBytes(6).toString('hex')].filter(Boolean).join('_');
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
