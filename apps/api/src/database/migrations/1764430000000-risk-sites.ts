import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sites of a risk become rows of a join table that cascades both ways, instead of a JSON list
 * of ids on the risk: a deleted site can no longer leave a dangling id that blocks every later save
 * of the risk (400 unknown_site). The links are copied over in their order, leaving out ids of sites
 * that are gone or belong to another event, and the old column is dropped (SQLite 3.35 or newer).
 */
export class RiskSites1764430000000 implements MigrationInterface {
  name = 'RiskSites1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "risk_sites" (
      "riskId" varchar NOT NULL REFERENCES "risks" ("id") ON DELETE CASCADE,
      "siteId" varchar NOT NULL REFERENCES "sites" ("id") ON DELETE CASCADE,
      "position" integer NOT NULL,
      PRIMARY KEY ("riskId", "siteId"))`);
    await db.query(`CREATE INDEX "IDX_risk_sites_site" ON "risk_sites" ("siteId")`);
    await db.query(`INSERT OR IGNORE INTO "risk_sites" ("riskId", "siteId", "position")
      SELECT r."id", j."value", j."key"
      FROM "risks" r, json_each(CASE WHEN json_valid(r."siteIds") THEN r."siteIds" ELSE '[]' END) j
      WHERE j."type" = 'text'
        AND EXISTS (SELECT 1 FROM "sites" s WHERE s."id" = j."value" AND s."eventId" = r."eventId")`);
    await db.query(`ALTER TABLE "risks" DROP COLUMN "siteIds"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "risks" ADD COLUMN "siteIds" text NOT NULL DEFAULT ('[]')`);
    await db.query(`UPDATE "risks" SET "siteIds" = (
      SELECT json_group_array("siteId") FROM (
        SELECT rs."siteId" FROM "risk_sites" rs WHERE rs."riskId" = "risks"."id" ORDER BY rs."position"))`);
    await db.query(`DROP TABLE "risk_sites"`);
  }
}
