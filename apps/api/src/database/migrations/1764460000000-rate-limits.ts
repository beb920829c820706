import { MigrationInterface, QueryRunner } from 'typeorm';

/** The rate limits' counters, shared by every instance (times in epoch milliseconds). */
export const RATE_LIMITS_TABLE = `CREATE TABLE "rate_limits" (
  "key" text PRIMARY KEY NOT NULL,
  "hits" integer NOT NULL,
  "expiresAt" bigint NOT NULL,
  "blockedUntil" bigint NOT NULL)`;

export class RateLimits1764460000000 implements MigrationInterface {
  name = 'RateLimits1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(RATE_LIMITS_TABLE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "rate_limits"`);
  }
}
