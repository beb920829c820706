import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message outbox, which is also the delivery log: one row per recipient and message. The body
 * is kept only until the message is sent or has failed for good (a personal link is a secret). The
 * statements read the same on both drivers, so PostgreSQL's migration of the same name runs them too.
 */
export const MESSAGE_TABLES = [
  `CREATE TABLE "messages" (
    "id" text PRIMARY KEY NOT NULL,
    "eventId" text REFERENCES "events" ("id") ON DELETE CASCADE,
    "kind" text NOT NULL,
    "channel" text NOT NULL,
    "recipient" text NOT NULL,
    "recipientName" text NOT NULL,
    "participantId" text REFERENCES "participants" ("id") ON DELETE CASCADE,
    "lang" text NOT NULL,
    "subject" text NOT NULL,
    "body" text,
    "html" text,
    "status" text NOT NULL,
    "attempts" integer NOT NULL,
    "lastError" text,
    "nextAttemptAt" text,
    "claimedBy" text,
    "claimedUntil" text,
    "sentAt" text,
    "createdAt" text NOT NULL,
    "updatedAt" text NOT NULL)`,
  `CREATE INDEX "IDX_messages_due" ON "messages" ("status", "nextAttemptAt")`,
  `CREATE INDEX "IDX_messages_event" ON "messages" ("eventId", "createdAt")`,
];

export const MESSAGE_TABLES_DOWN = [`DROP TABLE "messages"`];

export class Messages1764490000000 implements MigrationInterface {
  name = 'Messages1764490000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of MESSAGE_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of MESSAGE_TABLES_DOWN) await db.query(statement);
  }
}
