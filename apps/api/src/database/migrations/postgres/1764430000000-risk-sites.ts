import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ../1764430000000-risk-sites.ts in PostgreSQL: the sites of a risk move from the JSON list
 * `risks.siteIds` to a join table that cascades both ways, in their order, without ids of sites
 * that are gone or belong to another event.
 */
export class PostgresRiskSites1764430000000 implements MigrationInterface {
  name = 'PostgresRiskSites1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "risk_sites" (
      "riskId" text NOT NULL REFERENCES "risks" ("id") ON DELETE CASCADE,
      "siteId" text NOT NULL REFERENCES "sites" ("id") ON DELETE CASCADE,
      "position" integer NOT NULL,
      PRIMARY KEY ("riskId", "siteId"))`);
    await db.query(`CREATE INDEX "IDX_risk_sites_site" ON "risk_sites" ("siteId")`);
    // the app only ever wrote JSON arrays there; anything else counts as no sites, like SQLite's json_valid
    await db.query(`INSERT INTO "risk_sites" ("riskId", "siteId", "position")
      SELECT r."id", j."value" #>> '{}', j."ord" - 1
      FROM "risks" r,
        jsonb_array_elements(CASE WHEN r."siteIds" ~ '^\\s*\\[' THEN r."siteIds"::jsonb ELSE '[]'::jsonb END)
          WITH ORDINALITY AS j("value", "ord")
      WHERE jsonb_typeof(j."value") = 'string'
        AND EXISTS (SELECT 1 FROM "sites" s WHERE s."id" = j."value" #>> '{}' AND s."eventId" = r."eventId")
      ON CONFLICT DO NOTHING`);
    await db.query(`ALTER TABLE "risks" DROP COLUMN "siteIds"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "risks" ADD COLUMN "siteIds" text NOT NULL DEFAULT '[]'`);
    await db.query(`UPDATE "risks" SET "siteIds" = COALESCE(
      (SELECT json_agg(rs."siteId" ORDER BY rs."position")::text FROM "risk_sites" rs WHERE rs."riskId" = "risks"."id"),
      '[]')`);
    await db.query(`DROP TABLE "risk_sites"`);
  }
}
