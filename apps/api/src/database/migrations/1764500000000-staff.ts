import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event's security organisation: its staff (personal data, erased with the participants after
 * the event) and their shifts, each optionally at a post. The statements read the same on both
 * drivers, so PostgreSQL's migration of the same name runs them too.
 */
export const STAFF_TABLES = [
  `CREATE TABLE "staff_members" (
    "id" text PRIMARY KEY NOT NULL,
    "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "fullName" text NOT NULL,
    "role" text NOT NULL,
    "organization" text NOT NULL,
    "phone" text,
    "email" text,
    "createdAt" text NOT NULL,
    "updatedAt" text NOT NULL,
    "version" integer NOT NULL)`,
  `CREATE INDEX "IDX_staff_members_event" ON "staff_members" ("eventId", "fullName")`,
  `CREATE TABLE "staff_shifts" (
    "staffId" text NOT NULL REFERENCES "staff_members" ("id") ON DELETE CASCADE,
    "position" integer NOT NULL,
    "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "startsAt" text NOT NULL,
    "endsAt" text NOT NULL,
    "siteId" text REFERENCES "sites" ("id") ON DELETE SET NULL,
    PRIMARY KEY ("staffId", "position"))`,
  `CREATE INDEX "IDX_staff_shifts_event_time" ON "staff_shifts" ("eventId", "startsAt", "endsAt")`,
];

export const STAFF_TABLES_DOWN = [`DROP TABLE "staff_shifts"`, `DROP TABLE "staff_members"`];

export class Staff1764500000000 implements MigrationInterface {
  name = 'Staff1764500000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_TABLES_DOWN) await db.query(statement);
  }
}
