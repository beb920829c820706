import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far each coordinator has read the partners' feedback on an event: comments and review
 * decisions made after `seenUpTo` count as new for that user. Gone with the user or the event.
 */
export const PARTNER_FEEDBACK_SEEN_TABLE = `CREATE TABLE "partner_feedback_seen" (
  "userId" text NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
  "seenUpTo" text NOT NULL,
  PRIMARY KEY ("userId", "eventId"))`;

export class PartnerFeedbackSeen1764470000000 implements MigrationInterface {
  name = 'PartnerFeedbackSeen1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(PARTNER_FEEDBACK_SEEN_TABLE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "partner_feedback_seen"`);
  }
}
