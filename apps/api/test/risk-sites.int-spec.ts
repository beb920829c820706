import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sql } from '@tryggplan/api/core';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/data-source';
import { RiskSites1764430000000 } from '../src/database/migrations/1764430000000-risk-sites';
import { bearer, createTestApp, TestApp, validEvent, validRisk, validSite } from './harness';

describe('links between risks and sites', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
  });
  afterAll(() => t.close());

  const newEvent = async () =>
    (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id as string;
  const newSite = async (eventId: string, name: string) =>
    (await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite({ name }))).body
      .id as string;

  it('keeps the sites in the order given, and filters the list by site', async () => {
    const eventId = await newEvent();
    const [stage, square] = [await newSite(eventId, 'Scenen'), await newSite(eventId, 'Torget')];
    const created = await t.http
      .post(`/api/events/${eventId}/risks`)
      .set(bearer(token))
      .send(validRisk({ siteIds: [square, stage, square] }));
    expect(created.status).toBe(201);
    expect(created.body.siteIds).toEqual([square, stage]);
    await t.http
      .post(`/api/events/${eventId}/risks`)
      .set(bearer(token))
      .send(validRisk({ title: 'Utan plats' }));

    const read = await t.http.get(`/api/events/${eventId}/risks/${created.body.id}`).set(bearer(token));
    expect(read.body.siteIds).toEqual([square, stage]);
    const bySite = await t.http.get(`/api/events/${eventId}/risks?siteId=${stage}`).set(bearer(token));
    expect(bySite.body).toMatchObject({
      total: 1,
      items: [{ id: created.body.id, siteIds: [square, stage] }],
    });
    const all = await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token));
    expect(all.body.items.map((risk: { siteIds: string[] }) => risk.siteIds)).toEqual(
      expect.arrayContaining([[square, stage], []]),
    );
  });

  it('drops a deleted site from its risks, which then save again (no dangling unknown_site)', async () => {
    const eventId = await newEvent();
    const [stage, square] = [await newSite(eventId, 'Scenen'), await newSite(eventId, 'Torget')];
    const risk = (
      await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(token))
        .send(validRisk({ siteIds: [stage, square] }))
    ).body;
    // read once so that the list is kept in the answer cache before the site goes
    expect(
      (await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token))).body.items[0].siteIds,
    ).toEqual([stage, square]);

    expect((await t.http.delete(`/api/events/${eventId}/sites/${stage}`).set(bearer(token))).status).toBe(
      204,
    );

    const read = await t.http.get(`/api/events/${eventId}/risks/${risk.id}`).set(bearer(token));
    expect(read.body).toMatchObject({ siteIds: [square], version: 1 });
    const list = await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token));
    expect(list.body.items[0].siteIds).toEqual([square]);
    const bySite = await t.http.get(`/api/events/${eventId}/risks?siteId=${stage}`).set(bearer(token));
    expect(bySite.body.total).toBe(0);

    const saved = await t.http
      .patch(`/api/events/${eventId}/risks/${risk.id}`)
      .set(bearer(token))
      .send({ title: 'Hot mot talare vid torget', version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Hot mot talare vid torget', siteIds: [square], version: 2 });
    // the site's removal is not a change anyone made to the risk: the history names the title only
    const history = await t.http.get(`/api/events/${eventId}/risks/${risk.id}/history`).set(bearer(token));
    expect(history.body[0].changes.map((change: { field: string }) => change.field)).toEqual(['title']);

    const relinked = await t.http
      .patch(`/api/events/${eventId}/risks/${risk.id}`)
      .set(bearer(token))
      .send({ siteIds: [], version: 2 });
    expect(relinked.status).toBe(200);
    expect(relinked.body.siteIds).toEqual([]);
  });

  it('takes a deleted risk’s links along', async () => {
    const eventId = await newEvent();
    const stage = await newSite(eventId, 'Scenen');
    const risk = (
      await t.http
        .post(`/api/events/${eventId}/risks`)
        .set(bearer(token))
        .send(validRisk({ siteIds: [stage] }))
    ).body;
    expect((await t.http.delete(`/api/events/${eventId}/risks/${risk.id}`).set(bearer(token))).status).toBe(
      204,
    );
    const links = await t.app
      .get(Sql)
      .get<{ n: number | string }>('SELECT COUNT(*) AS "n" FROM "risk_sites" WHERE "siteId" = ?', [stage]);
    expect(Number(links?.n)).toBe(0);
  });
});

// the copy from the old JSON column is SQLite's own migration; PostgreSQL starts with the join table
const onSqlite = process.env['TEST_DRIVER'] === 'postgres' ? describe.skip : describe;
onSqlite('the migration to risk_sites', () => {
  it('copies the linked sites in order, leaves out gone and foreign ones, and drops the column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tryggplan-risk-sites-'));
    const databasePath = join(dir, 'old.sqlite');
    try {
      const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(RiskSites1764430000000));
      const old = new DataSource({ type: 'better-sqlite3', database: databasePath, migrations: before });
      await old.initialize();
      await old.runMigrations();
      const now = new Date().toISOString();
      const [event, other] = [randomUUID(), randomUUID()];
      const [stage, square, foreign] = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of [event, other]) {
        await old.query(
          `INSERT INTO "events" ("id", "name", "startsAt", "endsAt", "timezone", "centerLat", "centerLng", "zoom",
             "status", "contacts", "createdAt", "updatedAt", "version")
           VALUES (?, 'Gammal', ?, ?, 'Europe/Stockholm', 57.64, 18.29, 14, 'planning', '[]', ?, ?, 1)`,
          [id, now, now, now, now],
        );
      }
      for (const [id, eventId] of [
        [stage, event],
        [square, event],
        [foreign, other],
      ]) {
        await old.query(
          `INSERT INTO "sites" ("id", "eventId", "kind", "name", "geometry", "createdAt", "updatedAt", "version")
           VALUES (?, ?, 'venue', 'Plats', '{"type":"Point","coordinates":[18.29,57.64]}', ?, ?, 1)`,
          [id, eventId, now, now],
        );
      }
      const risk = randomUUID();
      await old.query(
        `INSERT INTO "risks" ("id", "eventId", "title", "category", "likelihood", "consequence", "score", "treatment",
           "status", "siteIds", "mitigations", "createdAt", "updatedAt", "version")
         VALUES (?, ?, 'Gammal risk', 'fire', 2, 2, 4, 'reduce', 'open', ?, '[]', ?, ?, 1)`,
        [risk, event, JSON.stringify([square, 'deleted-long-ago', foreign, stage]), now, now],
      );
      await old.destroy();

      const migrated = await createTestApp({ DATABASE_PATH: databasePath });
      try {
        const db = migrated.app.get(DataSource);
        const columns: { name: string }[] = await db.query('PRAGMA table_info("risks")');
        expect(columns.map((column) => column.name)).not.toContain('siteIds');
        const links = await db.query(
          'SELECT "siteId" FROM "risk_sites" WHERE "riskId" = ? ORDER BY "position"',
          [risk],
        );
        expect(links).toEqual([{ siteId: square }, { siteId: stage }]);
      } finally {
        await migrated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
