import { INestApplication } from '@nestjs/common';
import { UsersService } from '@tryggplan/api/auth-data';
import { OrganizationsService } from '@tryggplan/api/partners';
import { loadConfig, Sql } from '@tryggplan/api/core';
import { UserRole } from '@tryggplan/shared/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app/create-app';
import { freshTestDatabase, TestDatabase } from './test-database';

export const PASSWORD = 'integration-password-1';

export interface TestApp {
  app: INestApplication;
  /** The SQLite file (on PostgreSQL only the data folder beside it is used); prefer `databaseEnv`. */
  databasePath: string;
  /** Starts a second app on the same database, on either driver (another process, as far as caches go). */
  databaseEnv: Record<string, string>;
  http: ReturnType<typeof request>;
  /** Runs a statement of the test's own through the app's Sql: `?` placeholders, "quoted" camelCase names. */
  sql(statement: string, params?: unknown[]): Promise<void>;
  /** Creates a user with the test password and returns a Bearer token for it. */
  user(role: UserRole, name?: string): Promise<{ id: string; email: string; token: string }>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * The real app on a throwaway database with its migrations (SQLite, or PostgreSQL with TEST_DRIVER=postgres);
 * no demo seed, a web root only if given. An env with DATABASE_PATH or DATABASE_URL borrows that database.
 */
export async function createTestApp(env: Record<string, string> = {}, webRoot?: string): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'tryggplan-int-'));
  const borrowed = Boolean(env['DATABASE_PATH'] || env['DATABASE_URL']);
  // made before the app, dropped when it closes or fails to start; a borrowed one belongs to its maker
  const owned: TestDatabase | undefined = borrowed ? undefined : await freshTestDatabase(dir);
  try {
    return await startTestApp(dir, { ...owned?.env, ...env }, owned, webRoot);
  } catch (error) {
    await owned?.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function startTestApp(
  dir: string,
  env: Record<string, string>,
  owned: TestDatabase | undefined,
  webRoot?: string,
): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'test.sqlite'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    LOGIN_LIMIT_PER_IP: '10000',
    LOGIN_LIMIT_PER_ACCOUNT: '10000',
    // Nothing listens on port 9: print maps must fall back to schematic at once, never reach out.
    TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
    ...env,
  });
  const app = await createApp(config, webRoot);
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  const http = request(app.getHttpServer());
  const users = app.get(UsersService);
  const organizations = app.get(OrganizationsService);

  const login = async (email: string, password = PASSWORD) => {
    const res = await http.post('/api/auth/login').send({ email, password });
    if (res.status !== 200)
      throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };

  return {
    app,
    databasePath: config.databasePath,
    databaseEnv:
      config.database.driver === 'postgres'
        ? { DATABASE_URL: config.database.url }
        : { DATABASE_PATH: config.database.path },
    http,
    sql: (statement, params = []) => app.get(Sql).run(statement, params),
    login,
    async user(role, name = role) {
      counter += 1;
      const email = `${name}-${counter}@test.local`;
      // a partner belongs to an organisation of its own here, which shares nothing yet
      const organizationId =
        role === 'partner'
          ? (await organizations.create(undefined, { name: `${name} ${counter}`, kind: 'other' })).id
          : undefined;
      const { user } = await users.create(undefined, {
        email,
        displayName: `${name} ${counter}`,
        role,
        organizationId,
        password: PASSWORD,
      });
      return { id: user.id, email, token: await login(email) };
    },
    async close() {
      try {
        await app.close();
      } finally {
        await owned?.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** POSTs as the user and answers the new id; anything but 201 fails the test with the path and the answer. */
export function creator(t: TestApp, token: string) {
  return async (path: string, body: object): Promise<string> => {
    const res = await t.http.post(path).set(bearer(token)).send(body);
    expect({ path, status: res.status, error: res.status === 201 ? undefined : res.body }).toEqual({
      path,
      status: 201,
    });
    return res.body.id as string;
  };
}

export const validEvent = (overrides: Record<string, unknown> = {}) => ({
  name: 'Almedalsveckan 2027',
  startsAt: '2027-06-27T08:00:00+02:00',
  endsAt: '2027-07-02T22:00:00+02:00',
  ...overrides,
});

export const validSite = (overrides: Record<string, unknown> = {}) => ({
  kind: 'venue',
  name: 'Almedalsscenen',
  address: 'Almedalen, Visby',
  geometry: { type: 'Point', coordinates: [18.2882, 57.6404] },
  ...overrides,
});

export const validRisk = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hot mot talare',
  category: 'threats-harassment',
  likelihood: 4,
  consequence: 3,
  ...overrides,
});

export const validScheduleItem = (overrides: Record<string, unknown> = {}) => ({
  title: 'Seminarium om trygghet',
  startsAt: '2027-06-28T10:00:00+02:00',
  endsAt: '2027-06-28T11:00:00+02:00',
  ...overrides,
});
