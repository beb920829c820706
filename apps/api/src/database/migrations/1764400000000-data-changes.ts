import { MigrationInterface, QueryRunner } from 'typeorm';

/** One change number shared by every process on the database, bumped by writes made outside a request. */
export class DataChanges1764400000000 implements MigrationInterface {
  name = 'DataChanges1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "data_changes" ("id" integer PRIMARY KEY NOT NULL, "value" integer NOT NULL)`,
    );
    await db.query(`INSERT INTO "data_changes" ("id", "value") VALUES (1, 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "data_changes"`);
  }
}
