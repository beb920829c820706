import { MigrationInterface, QueryRunner } from 'typeorm';
import { RATE_LIMITS_TABLE } from '../1764460000000-rate-limits';

/** ../1764460000000-rate-limits.ts in PostgreSQL: the same table. */
export class PostgresRateLimits1764460000000 implements MigrationInterface {
  name = 'PostgresRateLimits1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(RATE_LIMITS_TABLE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "rate_limits"`);
  }
}
