import { INestApplication } from '@nestjs/common';
import { UsersService } from '@tryggplan/api/auth';
import { OrganizationsService } from '@tryggplan/api/partners';
import { loadConfig } from '@tryggplan/api/core';
import { UserRole } from '@tryggplan/shared/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app/create-app';

export const PASSWORD = 'integration-password-1';

export interface TestApp {
  app: INestApplication;
  /** The SQLite file, for a second app on the same database (another process, as far as caches go). */
  databasePath: string;
  http: ReturnType<typeof request>;
  /** Creates a user with the test password and returns a Bearer token for it. */
  user(role: UserRole, name?: string): Promise<{ id: string; email: string; token: string }>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

/** The real app on a throwaway SQLite file, with its migrations; no demo seed, a web root only if given. */
export async function createTestApp(env: Record<string, string> = {}, webRoot?: string): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'tryggplan-int-'));
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
  await app.init();
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
    http,
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
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

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
