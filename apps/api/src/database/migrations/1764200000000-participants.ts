import { MigrationInterface, QueryRunner } from 'typeorm';

export class Participants1764200000000 implements MigrationInterface {
  name = 'Participants1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "events" ADD COLUMN "keepsPartyAffiliation" boolean NOT NULL DEFAULT (0)`);
    await db.query(`CREATE TABLE "participants" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "fullName" text NOT NULL,
      "role" text NOT NULL,
      "organization" text NOT NULL DEFAULT (''),
      "email" text,
      "phone" text,
      "protectionLevel" text NOT NULL,
      "arrivalAt" text,
      "departureAt" text,
      "accommodationSiteId" text REFERENCES "sites" ("id") ON DELETE SET NULL,
      "emergencyContact" text,
      "notes" text NOT NULL DEFAULT (''),
      "party" text,
      "createdAt" text NOT NULL,
      "updatedAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(`CREATE INDEX "IDX_participants_event_name" ON "participants" ("eventId", "fullName")`);
    await db.query(`CREATE TABLE "schedule_items" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "participantId" text NOT NULL REFERENCES "participants" ("id") ON DELETE CASCADE,
      "title" text NOT NULL,
      "startsAt" text NOT NULL,
      "endsAt" text NOT NULL,
      "siteId" text REFERENCES "sites" ("id") ON DELETE SET NULL,
      "isPublic" boolean NOT NULL,
      "createdAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(
      `CREATE INDEX "IDX_schedule_participant" ON "schedule_items" ("participantId", "startsAt")`,
    );
    await db.query(`CREATE INDEX "IDX_schedule_event" ON "schedule_items" ("eventId", "startsAt")`);
    await db.query(`CREATE TABLE "participant_links" (
      "tokenHash" text PRIMARY KEY NOT NULL,
      "participantId" text NOT NULL REFERENCES "participants" ("id") ON DELETE CASCADE,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "expiresAt" text NOT NULL,
      "createdAt" text NOT NULL)`);
    await db.query(
      `CREATE INDEX "IDX_participant_links_participant" ON "participant_links" ("participantId")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "participant_links"`);
    await db.query(`DROP TABLE "schedule_items"`);
    await db.query(`DROP TABLE "participants"`);
    await db.query(`ALTER TABLE "events" DROP COLUMN "keepsPartyAffiliation"`);
  }
}
