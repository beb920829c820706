import { MigrationInterface, QueryRunner } from 'typeorm';
import { PARTNER_FEEDBACK_SEEN_TABLE } from '../1764470000000-partner-feedback-seen';

/** ../1764470000000-partner-feedback-seen.ts in PostgreSQL: the same table. */
export class PostgresPartnerFeedbackSeen1764470000000 implements MigrationInterface {
  name = 'PostgresPartnerFeedbackSeen1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(PARTNER_FEEDBACK_SEEN_TABLE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "partner_feedback_seen"`);
  }
}
