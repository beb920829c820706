import { LiveChannel } from '@tryggplan/api/core';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, dataSourceOptions, MIGRATIONS } from '../src/database/data-source';
import { copyDatabase } from '../src/database/copy/copy-database';
import { copyCommand } from '../src/database/copy/db-copy-command';
import {
  bearer,
  createTestApp,
  PASSWORD,
  TestApp,
  validEvent,
  validRisk,
  validScheduleItem,
  validSite,
} from './harness';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';
import { freshPostgresDatabase, TestDatabase } from './test-database';

interface Sqlite {
  pragma(source: string): unknown;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database: new (file: string) => Sqlite = require('better-sqlite3');

/** A PNG header and bytes of every value, so a blob that went through text would not survive. */
const PLAN = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)),
]);

/** Trust auth ignores it; the copy must still never print it. */
const SECRET = 'n0t-to-be-printed';

const withPassword = (url: string) => {
  const parsed = new URL(url);
  parsed.password = SECRET;
  return parsed.toString();
};

async function run(args: string[]) {
  const io = { code: 0, stdout: '', stderr: '' };
  io.code = await copyCommand(args, {
    out: (line) => (io.stdout += line + '\n'),
    err: (line) => (io.stderr += line + '\n'),
  });
  return io;
}

/** Every row of every table of the database, as one text: to prove that a refused copy changed nothing. */
async function contentsOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const parts: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM "${table_name}" t ORDER BY t::text COLLATE "C"`,
      );
      parts.push(`${table_name}: ${rows.rows.map((r) => r.row).join(' | ')}`);
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

async function queryOn<T extends object>(url: string, statement: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(statement)).rows;
  } finally {
    await client.end();
  }
}

const serverUrl = process.env['TEST_DATABASE_URL'];
// `npm test` sets TEST_DATABASE_URL only when a PostgreSQL server answers there
const withPostgres = serverUrl ? describe : describe.skip;

withPostgres(
  serverUrl
    ? 'npm run db:copy: a SQLite installation into PostgreSQL'
    : 'npm run db:copy: skipped, TEST_DATABASE_URL is not set (no PostgreSQL server to copy into)',
  () => {
    let dir: string;
    let sqlitePath: string;
    let targetUrl: string;
    const databases: TestDatabase[] = [];
    const made = {
      coordinatorEmail: '',
      eventId: '',
      eventName: 'Stadsfesten i Visby – åäö',
      stageId: '',
      squareId: '',
      riskId: '',
      participantId: '',
      lastSeq: 0,
      commentId: '',
    };

    const freshTarget = async () => {
      const database = await freshPostgresDatabase(serverUrl as string);
      databases.push(database);
      return database.env['DATABASE_URL'];
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tryggplan-db-copy-'));
      sqlitePath = join(dir, 'installation.sqlite');
      // a real installation: the app on SQLite, whatever driver this test run is on
      const source: TestApp = await createTestApp({ DATABASE_PATH: sqlitePath });
      try {
        const coordinator = await source.user('coordinator', 'copy');
        made.coordinatorEmail = coordinator.email;
        const token = coordinator.token;
        const admin = (await source.user('admin')).token;
        const event = await source.http
          .post('/api/events')
          .set(bearer(token))
          .send(validEvent({ name: made.eventName, description: 'Rader\nmed "citat" och emoji 🎪' }));
        expect(event.status).toBe(201);
        made.eventId = event.body.id;
        const eventPath = `/api/events/${made.eventId}`;
        const site = async (name: string, kind = 'venue') =>
          (await source.http.post(`${eventPath}/sites`).set(bearer(token)).send(validSite({ name, kind })))
            .body.id as string;
        made.stageId = await site('Scenen');
        made.squareId = await site('Stora torget', 'accommodation');
        const risk = await source.http
          .post(`${eventPath}/risks`)
          .set(bearer(token))
          .send(validRisk({ siteIds: [made.squareId, made.stageId] }));
        expect(risk.status).toBe(201);
        made.riskId = risk.body.id;
        await source.http
          .patch(`${eventPath}/risks/${made.riskId}`)
          .set(bearer(token))
          .send({ owner: 'Trygghetssamordnaren', version: 1 });
        const participant = await source.http
          .post(`${eventPath}/participants`)
          .set(bearer(token))
          .send({ fullName: 'Åsa Öberg', phone: '070-174 06 09', accommodationSiteId: made.squareId });
        expect(participant.status).toBe(201);
        made.participantId = participant.body.id;
        for (const isPublic of [true, false]) {
          const item = await source.http
            .post(`${eventPath}/participants/${made.participantId}/schedule`)
            .set(bearer(token))
            .send(validScheduleItem({ isPublic, siteId: made.stageId, title: `Pass ${isPublic}` }));
          expect(item.status).toBe(201);
        }
        await source.http.post(`${eventPath}/participants/${made.participantId}/link`).set(bearer(token));
        const upload = await source.http
          .post(`${eventPath}/site-plan`)
          .set(bearer(token))
          .attach('file', PLAN, { filename: 'plan.png', contentType: 'image/png' });
        expect(upload.status).toBe(200);

        const organizationId = await createOrganization(source, token, 'Polisen Region Gotland');
        const partner = await createPartner(source, admin, organizationId);
        const shareId = await createShare(source, token, made.eventId, organizationId, ['risks', 'map']);
        expect(await publishRevision(source, token, made.eventId)).toBe(1);
        // a comment and a reply to it: a table that refers to itself, copied parents first
        const comment = await source.http
          .post(`/api/shared/${shareId}/revisions/1/comments`)
          .set(bearer(partner.token))
          .send({ riskId: made.riskId, body: 'Fler vakter vid scenen?' });
        expect(comment.status).toBe(201);
        made.commentId = comment.body.id;
        for (const body of ['Ja, två till.', 'Och en vid torget.']) {
          const reply = await source.http
            .post(`${eventPath}/risk-plan/revisions/1/comments/${comment.body.id}/replies`)
            .set(bearer(token))
            .send({ body });
          expect(reply.status).toBe(201);
        }
        const review = await source.http
          .post(`/api/shared/${shareId}/revisions/1/review`)
          .set(bearer(partner.token))
          .send({ decision: 'approved', comment: 'Bra.' });
        expect(review.status).toBeLessThan(300);

        const live = source.app.get(LiveChannel);
        await live.publish(made.eventId, 'note', { n: 1 });
        made.lastSeq = (await live.publish(made.eventId, 'note', { n: 2, text: 'åäö' })).seq;
        // a failed login, so login_failures has a row too
        await source.http
          .post('/api/auth/login')
          .send({ email: made.coordinatorEmail, password: 'wrong-password-1' });
      } finally {
        await source.close();
      }
      // the comment's id now sorts after its replies': only a parents-first copy gets the replies in
      const db = new Database(sqlitePath);
      db.pragma('foreign_keys = OFF');
      db.prepare(`UPDATE "review_comments" SET "parentId" = 'zzzz-comment' WHERE "parentId" = ?`).run(
        made.commentId,
      );
      db.prepare(`UPDATE "review_comments" SET "id" = 'zzzz-comment' WHERE "id" = ?`).run(made.commentId);
      db.close();
      targetUrl = await freshTarget();
    }, 120_000);

    afterAll(async () => {
      for (const database of databases) await database.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('copies every table, checks each by row count and checksum, and never prints the password', async () => {
      const result = await run(['--from', sqlitePath, '--to', withPassword(targetUrl)]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const tables = [
        'app_settings',
        'audit_entries',
        'data_changes',
        'event_members',
        'events',
        'job_leases',
        'live_events',
        'login_failures',
        'organizations',
        'participant_links',
        'participants',
        'reviews',
        'review_comments',
        'revoked_sessions',
        'risk_changes',
        'risk_plan_revisions',
        'risk_sites',
        'risks',
        'schedule_items',
        'shares',
        'site_plans',
        'sites',
        'users',
      ];
      for (const table of tables)
        expect(result.stdout).toMatch(new RegExp(`^${table}\\s+\\d+\\s+[0-9a-f]{16}\\s+OK$`, 'm'));
      expect(result.stdout).not.toMatch(/MISMATCH/);
      expect(result.stdout).not.toMatch(/^migrations\s/m);
      expect(result.stdout).toMatch(/^events\s+1\s/m);
      expect(result.stdout).toMatch(/^review_comments\s+3\s/m);
      expect(result.stdout).toMatch(/^risk_sites\s+2\s/m);
      expect(result.stdout).toMatch(/^live_events\s+2\s/m);
      expect(result.stdout).toContain(`Sequence of live_events.seq continues at ${made.lastSeq + 1}.`);
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.stdout).toContain('postgres:***@');

      // the target's own migrations table, the PostgreSQL set's names, not SQLite's
      const migrations = await queryOn<{ name: string }>(
        targetUrl,
        'SELECT name FROM migrations ORDER BY id',
      );
      expect(migrations.map((m) => m.name)).toContain('PostgresRiskSites1764430000000');
      expect(migrations.map((m) => m.name)).not.toContain('RiskSites1764430000000');
      const booleans = await queryOn<{ isPublic: boolean }>(
        targetUrl,
        'SELECT "isPublic" FROM schedule_items ORDER BY "isPublic"',
      );
      expect(booleans).toEqual([{ isPublic: false }, { isPublic: true }]);
    }, 60_000);

    it('starts the app on the copy: the same event, risks, participant, image and login', async () => {
      const t = await createTestApp({ DATABASE_URL: targetUrl });
      try {
        expect((await t.http.get('/api/health')).body).toMatchObject({ driver: 'postgres' });
        // the same user logs in with the same password: the hash came over intact
        const token = await t.login(made.coordinatorEmail, PASSWORD);
        const eventPath = `/api/events/${made.eventId}`;
        const event = await t.http.get(eventPath).set(bearer(token));
        expect(event.status).toBe(200);
        expect(event.body).toMatchObject({
          id: made.eventId,
          name: made.eventName,
          description: 'Rader\nmed "citat" och emoji 🎪',
        });

        const risks = await t.http.get(`${eventPath}/risks`).set(bearer(token));
        expect(risks.body).toMatchObject({
          total: 1,
          items: [
            {
              id: made.riskId,
              owner: 'Trygghetssamordnaren',
              version: 2,
              siteIds: [made.squareId, made.stageId],
            },
          ],
        });
        const participant = await t.http
          .get(`${eventPath}/participants/${made.participantId}`)
          .set(bearer(token));
        expect(participant.status).toBe(200);
        expect(participant.body).toMatchObject({ fullName: 'Åsa Öberg', accommodationSiteId: made.squareId });
        const schedule = await t.http
          .get(`${eventPath}/participants/${made.participantId}/schedule`)
          .set(bearer(token));
        const items = (schedule.body.items ?? schedule.body) as { isPublic: boolean; title: string }[];
        expect(items.map((item) => [item.title, item.isPublic]).sort()).toEqual([
          ['Pass false', false],
          ['Pass true', true],
        ]);

        const image = await t.http.get(`${eventPath}/site-plan/image`).set(bearer(token));
        expect(image.status).toBe(200);
        expect(image.headers['content-type']).toBe('image/png');
        expect(Buffer.compare(image.body as Buffer, PLAN)).toBe(0);

        const revision = await t.http.get(`${eventPath}/risk-plan/revisions/1`).set(bearer(token));
        expect(revision.body.reviews).toEqual([expect.objectContaining({ decision: 'approved' })]);
        expect(revision.body.comments).toEqual([
          expect.objectContaining({ id: 'zzzz-comment', body: 'Fler vakter vid scenen?' }),
        ]);
        expect(revision.body.comments[0].replies.map((reply: { body: string }) => reply.body).sort()).toEqual(
          ['Ja, två till.', 'Och en vid torget.'],
        );

        // the sequence moved past the copied numbers: a new live event follows the old ones
        const next = await t.app.get(LiveChannel).publish(made.eventId, 'note', { n: 3 });
        expect(next.seq).toBe(made.lastSeq + 1);
        const history = await t.app.get(LiveChannel).since(made.eventId, 0);
        expect(history.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2, text: 'åäö' }, { n: 3 }]);
      } finally {
        await t.close();
      }
    }, 60_000);

    it('refuses a second copy into the now non-empty target, and changes nothing', async () => {
      const before = await contentsOf(targetUrl);
      const result = await run(['--from', sqlitePath, '--to', withPassword(targetUrl)]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/is not empty: .*users \(\d+ rows\)/);
      expect(result.stderr).toContain('events (1 row)');
      expect(result.stderr).not.toContain(SECRET);
      expect(await contentsOf(targetUrl)).toBe(before);
    }, 60_000);

    it('copies row by row as well: every table parents first, replies after the comment they answer', async () => {
      // one row per INSERT: PostgreSQL checks each reply's parent at once, so order matters here
      const report = await copyDatabase({ from: sqlitePath, to: await freshTarget(), batchRows: 1 });
      expect(report.tables.filter((table) => !table.ok)).toEqual([]);
      expect(report.tables.find((table) => table.table === 'review_comments')).toMatchObject({
        sourceRows: 3,
        targetRows: 3,
      });
      const order = report.tables.map((table) => table.table);
      for (const [parent, child] of [
        ['users', 'event_members'],
        ['events', 'sites'],
        ['sites', 'participants'],
        ['participants', 'schedule_items'],
        ['risk_plan_revisions', 'review_comments'],
        ['organizations', 'shares'],
      ]) {
        expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
      }
    }, 60_000);

    it('refuses a SQLite file that has not run every migration, before it touches the target', async () => {
      const old = join(dir, 'old.sqlite');
      copyFileSync(sqlitePath, old);
      const db = new Database(old);
      db.prepare(`DELETE FROM "migrations" WHERE "name" = 'RiskSites1764430000000'`).run();
      db.close();
      const url = await freshTarget();
      const result = await run(['--from', old, '--to', url]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `has not run 1 of the ${MIGRATIONS.length} SQLite migrations: RiskSites1764430000000`,
      );
      expect(result.stderr).toContain('Start this version of Tryggplan once on it');
      const tables = await queryOn(
        url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(tables).toEqual([]);
    }, 60_000);

    it('rolls back and names the table when a table does not read back the same', async () => {
      const url = await freshTarget();
      // migrate the target first, then make PostgreSQL change every event name it is given
      const migrated = createDataSource(dataSourceOptions({ driver: 'postgres', url }));
      await migrated.initialize();
      await migrated.destroy();
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN NEW."name" := NEW."name" || '!'; RETURN NEW; END $$`);
        await client.query(
          `CREATE TRIGGER tamper BEFORE INSERT ON "events" FOR EACH ROW EXECUTE FUNCTION tamper()`,
        );
      } finally {
        await client.end();
      }
      const result = await run(['--from', sqlitePath, '--to', url]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^events\s+1\s+[0-9a-f]{16}\s+MISMATCH$/m);
      expect(result.stderr).toMatch(/^users\s+\d+\s+[0-9a-f]{16}\s+OK$/m);
      expect(result.stderr).toContain('events (checksums differ)');
      expect(result.stderr).toContain('rolled back');
      const [{ n }] = await queryOn<{ n: string }>(
        url,
        'SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM users) AS n',
      );
      expect(Number(n)).toBe(0);
    }, 60_000);

    it('explains a wrong command line without echoing the URL', async () => {
      expect((await run(['--from', sqlitePath])).code).toBe(2);
      const bad = await run(['--from', sqlitePath, '--to', `mysql://root:${SECRET}@localhost/x`]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--to must be a PostgreSQL URL');
      expect(bad.stderr).not.toContain(SECRET);
    });
  },
);
