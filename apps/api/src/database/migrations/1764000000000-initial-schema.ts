import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "app_settings" ("key" text PRIMARY KEY NOT NULL, "value" text NOT NULL)`);
    await db.query(`CREATE TABLE "users" (
      "id" varchar PRIMARY KEY NOT NULL,
      "email" text NOT NULL UNIQUE,
      "displayName" text NOT NULL,
      "role" text NOT NULL CHECK ("role" IN ('admin','coordinator','partner')),
      "organizationId" text,
      "passwordHash" text,
      "disabled" boolean NOT NULL DEFAULT (0),
      "sessionEpoch" integer NOT NULL DEFAULT (0),
      "invitationHash" text,
      "invitationExpiresAt" text,
      "createdAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(
      `CREATE TABLE "revoked_sessions" ("jti" text PRIMARY KEY NOT NULL, "expiresAt" text NOT NULL)`,
    );
    await db.query(`CREATE TABLE "events" (
      "id" varchar PRIMARY KEY NOT NULL,
      "name" text NOT NULL,
      "description" text NOT NULL DEFAULT (''),
      "startsAt" text NOT NULL,
      "endsAt" text NOT NULL,
      "timezone" text NOT NULL,
      "locationName" text NOT NULL DEFAULT (''),
      "centerLat" real NOT NULL,
      "centerLng" real NOT NULL,
      "zoom" integer NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('planning','active','closed')),
      "contacts" text NOT NULL,
      "createdBy" text,
      "createdAt" text NOT NULL,
      "updatedAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(`CREATE TABLE "event_members" (
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "userId" text NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "addedAt" text NOT NULL,
      PRIMARY KEY ("eventId", "userId"))`);
    await db.query(`CREATE INDEX "IDX_event_members_user" ON "event_members" ("userId")`);
    await db.query(`CREATE TABLE "sites" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "kind" text NOT NULL,
      "name" text NOT NULL,
      "description" text NOT NULL DEFAULT (''),
      "address" text NOT NULL DEFAULT (''),
      "geometry" text NOT NULL,
      "createdAt" text NOT NULL,
      "updatedAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(`CREATE INDEX "IDX_sites_event" ON "sites" ("eventId")`);
    await db.query(`CREATE TABLE "audit_entries" (
      "id" varchar PRIMARY KEY NOT NULL,
      "at" text NOT NULL,
      "actorType" text NOT NULL,
      "actorId" text,
      "actorLabel" text,
      "action" text NOT NULL,
      "eventId" text,
      "subjectType" text,
      "subjectId" text,
      "ip" text,
      "details" text)`);
    await db.query(`CREATE INDEX "IDX_audit_event_at" ON "audit_entries" ("eventId", "at")`);
    await db.query(`CREATE INDEX "IDX_audit_subject" ON "audit_entries" ("subjectId")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'sites',
      'event_members',
      'events',
      'revoked_sessions',
      'users',
      'app_settings',
    ]) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
