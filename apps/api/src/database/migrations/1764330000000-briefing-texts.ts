import { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingTexts1764330000000 implements MigrationInterface {
  name = 'BriefingTexts1764330000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "events" ADD COLUMN "briefingAdvice" text NOT NULL DEFAULT ('')`);
    await db.query(`ALTER TABLE "events" ADD COLUMN "threatSummary" text NOT NULL DEFAULT ('')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "events" DROP COLUMN "threatSummary"`);
    await db.query(`ALTER TABLE "events" DROP COLUMN "briefingAdvice"`);
  }
}
