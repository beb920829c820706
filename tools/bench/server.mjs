// Starts the built app on a free loopback port with a throwaway database, for benchmarks: a SQLite file in a
// temporary folder, or a fresh PostgreSQL database `tp_bench_<random>` dropped when the server stops.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const BENCH_PASSWORD = 'bench-password-123';
/** The PostgreSQL server the bench makes its databases on (`BENCH_DATABASE_URL` overrides it). */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DRIVER_LABELS = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const START_TIMEOUT_MS = 60_000;

/** What still has to be undone (servers to stop, databases to drop, folders to remove), newest last. */
const pending = new Set();
/** The API processes still running: killed when the bench exits however it exits, cleanUpAll() or not. */
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function benchServerUrl() {
  return process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
}

export { printableUrl } from '../postgres-pass.mjs';

async function onServer(serverUrl, statement, timeoutMs = 5000) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the PostgreSQL server answers within 1.5 s; the reason when it does not. */
export async function probePostgres(serverUrl) {
  try {
    await onServer(serverUrl, 'SELECT 1', 1500);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error?.message || error?.code || String(error) };
  }
}

/** CREATE DATABASE tp_bench_<random>; `drop()` removes it WITH (FORCE), and so does cleanUpAll(). */
async function createBenchDatabase(serverUrl) {
  const name = `tp_bench_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped;
  const drop = () =>
    (dropped ??= onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() =>
      pending.delete(drop),
    ));
  pending.add(drop);
  return { name, url: url.toString(), drop };
}

/** Ends the child and waits for it to go (SIGKILL after 5 s). */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the API. `driver: 'postgres'` makes a fresh database on the bench's PostgreSQL server and drops it on
 * stop(); with `databaseUrl` it joins an existing database instead (a second instance), and leaves it alone.
 */
export async function startServer({ driver = 'sqlite', databaseUrl } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tryggplan-bench-'));
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
    pending.delete(removeDir);
  };
  pending.add(removeDir);
  let database = null;
  try {
    if (driver === 'postgres' && !databaseUrl) {
      database = await createBenchDatabase(benchServerUrl());
      databaseUrl = database.url;
    }
    return await spawnServer({ driver, dir, databaseUrl, database, removeDir });
  } catch (error) {
    await database?.drop().catch(() => undefined);
    removeDir();
    throw error;
  }
}

async function spawnServer({ driver, dir, databaseUrl, database, removeDir }) {
  const port = await freePort();
  // The bench picks the database: a DATABASE_URL in the caller's environment must not leak into a SQLite run.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      'dist/apps/api/apps/api/src/main.js',
    ],
    {
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        // On PostgreSQL the data folder beside this (unused) file still holds the tile cache.
        DATABASE_PATH: join(dir, 'bench.sqlite'),
        ...(driver === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
        DEMO_PASSWORD: BENCH_PASSWORD,
        ADMIN_EMAIL: 'admin@bench.test',
        ADMIN_PASSWORD: BENCH_PASSWORD,
        LOG_LEVEL: 'silent',
        LOGIN_LIMIT_PER_IP: '100000',
        LOGIN_LIMIT_PER_ACCOUNT: '100000',
        // Nothing listens on port 9: print maps stay schematic, the bench measures rendering only.
        TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  const stop = async () => {
    pending.delete(stop);
    await stopChild(child);
    await database?.drop();
    removeDir();
  };
  pending.add(stop);
  const url = `http://127.0.0.1:${port}`;
  try {
    const health = await waitForHealth(child, url);
    if (health.driver !== undefined || driver === 'postgres') {
      if (health.driver !== driver)
        throw new Error(
          `the built API runs on ${health.driver ?? 'SQLite only (its health answer names no driver)'}, not ${driver}: rebuild it`,
        );
    }
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    url,
    pid: child.pid,
    driver,
    databaseUrl: driver === 'postgres' ? databaseUrl : null,
    dbPath: join(dir, 'bench.sqlite'),
    async login(email) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: BENCH_PASSWORD }),
      });
      return (await res.json()).accessToken;
    },
    stop,
  };
}

/** Resolves with the health answer once the API answers 200; rejects when it exits or takes too long. */
async function waitForHealth(child, url) {
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the API exited (${exited}) before it answered /api/health`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not answer /api/health within ${START_TIMEOUT_MS / 1000} s`);
}

/** Stops every server still running and drops every bench database still there (errors, Ctrl-C). */
export async function cleanUpAll() {
  for (const undo of [...pending].reverse())
    await Promise.resolve()
      .then(undo)
      .catch(() => undefined);
}
