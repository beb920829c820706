import { MigrationInterface, QueryRunner } from 'typeorm';

export class Partners1764350000000 implements MigrationInterface {
  name = 'Partners1764350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "organizations" (
      "id" varchar PRIMARY KEY NOT NULL,
      "name" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('police','security-police','security-company','municipality','county-board','other')),
      "createdAt" text NOT NULL)`);
    await db.query(`CREATE TABLE "risk_plan_revisions" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "number" integer NOT NULL,
      "note" text NOT NULL,
      "includesPublicSchedule" boolean NOT NULL,
      "riskCount" integer NOT NULL,
      "snapshot" text NOT NULL,
      "publishedAt" text NOT NULL,
      "publishedById" text,
      "publishedBy" text NOT NULL,
      UNIQUE ("eventId", "number"))`);
    await db.query(`CREATE TABLE "shares" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "organizationId" text NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "scope" text NOT NULL,
      "expiresAt" text NOT NULL,
      "revokedAt" text,
      "createdAt" text NOT NULL,
      "createdById" text)`);
    await db.query(`CREATE INDEX "IDX_shares_event" ON "shares" ("eventId")`);
    await db.query(`CREATE INDEX "IDX_shares_organization" ON "shares" ("organizationId")`);
    await db.query(`CREATE TABLE "reviews" (
      "id" varchar PRIMARY KEY NOT NULL,
      "revisionId" text NOT NULL REFERENCES "risk_plan_revisions" ("id") ON DELETE CASCADE,
      "organizationId" text NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "decision" text NOT NULL CHECK ("decision" IN ('approved','changes-requested')),
      "comment" text NOT NULL,
      "reviewerId" text,
      "reviewerName" text NOT NULL,
      "reviewedAt" text NOT NULL,
      UNIQUE ("revisionId", "organizationId"))`);
    await db.query(`CREATE TABLE "review_comments" (
      "id" varchar PRIMARY KEY NOT NULL,
      "revisionId" text NOT NULL REFERENCES "risk_plan_revisions" ("id") ON DELETE CASCADE,
      "parentId" text REFERENCES "review_comments" ("id") ON DELETE CASCADE,
      "riskId" text NOT NULL,
      "organizationId" text NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "authorId" text,
      "authorName" text NOT NULL,
      "body" text NOT NULL,
      "visibleToPartners" boolean NOT NULL DEFAULT (0),
      "createdAt" text NOT NULL)`);
    await db.query(
      `CREATE INDEX "IDX_review_comments_revision" ON "review_comments" ("revisionId", "createdAt")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['review_comments', 'reviews', 'shares', 'risk_plan_revisions', 'organizations']) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
