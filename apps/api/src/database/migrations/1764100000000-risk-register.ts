import { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskRegister1764100000000 implements MigrationInterface {
  name = 'RiskRegister1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "risks" (
      "id" varchar PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "title" text NOT NULL,
      "description" text NOT NULL DEFAULT (''),
      "category" text NOT NULL,
      "likelihood" integer NOT NULL CHECK ("likelihood" BETWEEN 1 AND 5),
      "consequence" integer NOT NULL CHECK ("consequence" BETWEEN 1 AND 5),
      "score" integer NOT NULL,
      "treatment" text NOT NULL,
      "status" text NOT NULL,
      "owner" text NOT NULL DEFAULT (''),
      "residualLikelihood" integer CHECK ("residualLikelihood" BETWEEN 1 AND 5),
      "residualConsequence" integer CHECK ("residualConsequence" BETWEEN 1 AND 5),
      "residualScore" integer,
      "siteIds" text NOT NULL,
      "mitigations" text NOT NULL,
      "nextDueDate" text,
      "createdAt" text NOT NULL,
      "updatedAt" text NOT NULL,
      "version" integer NOT NULL)`);
    await db.query(`CREATE INDEX "IDX_risks_event_score" ON "risks" ("eventId", "score" DESC, "title")`);
    await db.query(`CREATE TABLE "risk_changes" (
      "id" varchar PRIMARY KEY NOT NULL,
      "riskId" text NOT NULL REFERENCES "risks" ("id") ON DELETE CASCADE,
      "eventId" text NOT NULL,
      "at" text NOT NULL,
      "actorId" text,
      "actor" text NOT NULL,
      "version" integer NOT NULL,
      "changes" text NOT NULL)`);
    await db.query(`CREATE INDEX "IDX_risk_changes_risk" ON "risk_changes" ("riskId", "version")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "risk_changes"`);
    await db.query(`DROP TABLE "risks"`);
  }
}
