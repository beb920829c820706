import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEntity } from '@tryggplan/api/events-data';
import { SitePlanEntity } from '@tryggplan/api/sites-data';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from '../src/database/data-source';
import { entityColumns, readSchema, SchemaShape } from './schema-snapshot';
import { freshPostgresDatabase, TestDatabase } from './test-database';

const PLAN_BOUNDS = { south: 57.63, west: 18.28, north: 57.65, east: 18.3, opacity: 0.6 };

/** Each migration set, run from empty, must end at the schema the entities declare, and at the other's. */
describe('database schema', () => {
  let dir: string;
  let sqlite: DataSource;
  let sqliteSchema: SchemaShape;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tryggplan-schema-'));
    sqlite = createDataSource(dataSourceOptions({ driver: 'sqlite', path: join(dir, 'schema.sqlite') }));
    await sqlite.initialize();
    sqliteSchema = await readSchema(sqlite);
  });

  afterAll(async () => {
    await sqlite?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has, on SQLite, every entity column and no other, with its type and nullability', () => {
    const entities = entityColumns(sqlite);
    for (const [table, columns] of Object.entries(entities)) {
      expect({ table, columns: sqliteSchema[table]?.columns }).toEqual({ table, columns });
    }
  });

  // `npm test` sets TEST_DATABASE_URL only when a PostgreSQL server answers there
  const withPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;
  withPostgres('on PostgreSQL', () => {
    let database: TestDatabase;
    let postgres: DataSource;
    let postgresSchema: SchemaShape;

    beforeAll(async () => {
      database = await freshPostgresDatabase(process.env['TEST_DATABASE_URL'] as string);
      try {
        postgres = createDataSource(
          dataSourceOptions({ driver: 'postgres', url: database.env['DATABASE_URL'] }),
        );
        await postgres.initialize();
        postgresSchema = await readSchema(postgres);
      } catch (error) {
        await database.drop();
        throw error;
      }
    });

    afterAll(async () => {
      if (postgres?.isInitialized) await postgres.destroy();
      await database?.drop();
    });

    it('has the same tables as SQLite', () => {
      expect(Object.keys(postgresSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
    });

    it('has, table by table, the same columns, keys, cascades and indexes as SQLite', () => {
      for (const table of Object.keys(sqliteSchema)) {
        expect({ table, ...postgresSchema[table] }).toEqual({ table, ...sqliteSchema[table] });
      }
    });

    it('saves through the entities: an id the ORM leaves to the database, a blob, a boolean, a real', async () => {
      const now = new Date().toISOString();
      const event = await postgres.getRepository(EventEntity).save({
        name: 'Schema',
        startsAt: now,
        endsAt: now,
        timezone: 'Europe/Stockholm',
        centerLat: 57.640412345678,
        centerLng: 18.2882,
        zoom: 14,
        status: 'planning',
        contacts: [],
        createdAt: now,
        updatedAt: now,
      });
      expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
      const image = Buffer.from([0, 1, 254, 255]);
      const plans = postgres.getRepository(SitePlanEntity);
      await plans.save({
        eventId: event.id,
        contentType: 'image/png',
        size: 4,
        image,
        ...PLAN_BOUNDS,
        updatedAt: now,
      });
      const plan = await plans
        .createQueryBuilder('plan')
        .addSelect('plan.image')
        .where('plan.eventId = :id', { id: event.id })
        .getOneOrFail();
      expect(Buffer.compare(plan.image, image)).toBe(0);
      const stored = await postgres.getRepository(EventEntity).findOneByOrFail({ id: event.id });
      expect(stored).toMatchObject({ keepsPartyAffiliation: false, centerLat: 57.640412345678, version: 1 });
    });
  });
});
