import { MigrationInterface, QueryRunner } from 'typeorm';

/** The live-event log (resumable by sequence number) and the leases that run a job once across instances. */
export class LiveEventsAndLeases1764420000000 implements MigrationInterface {
  name = 'LiveEventsAndLeases1764420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "live_events" (
      "seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "eventId" text NOT NULL,
      "type" text NOT NULL,
      "data" text NOT NULL,
      "at" text NOT NULL)`);
    await db.query(`CREATE INDEX "live_events_event_seq" ON "live_events" ("eventId", "seq")`);
    await db.query(`CREATE TABLE "job_leases" (
      "name" text PRIMARY KEY NOT NULL,
      "holder" text NOT NULL,
      "until" text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "job_leases"`);
    await db.query(`DROP TABLE "live_events"`);
  }
}
