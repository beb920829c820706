import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The English versions of the event's threat summary and general advice, for English folders: empty
 * on every existing event, whose folders then print the Swedish text, marked as such. The contacts'
 * English names and notes are optional keys in the JSON of `events.contacts` and need no column.
 * The statements read the same on both drivers, so PostgreSQL's migration of the same name runs them too.
 */
export const EVENT_TEXTS_IN_ENGLISH_UP = [
  `ALTER TABLE "events" ADD COLUMN "briefingAdviceEn" text NOT NULL DEFAULT ('')`,
  `ALTER TABLE "events" ADD COLUMN "threatSummaryEn" text NOT NULL DEFAULT ('')`,
];

/** Drops the English texts (SQLite 3.35 or newer); the Swedish ones stay. */
export const EVENT_TEXTS_IN_ENGLISH_DOWN = [
  `ALTER TABLE "events" DROP COLUMN "threatSummaryEn"`,
  `ALTER TABLE "events" DROP COLUMN "briefingAdviceEn"`,
];

export class EventTextsInEnglish1764450000000 implements MigrationInterface {
  name = 'EventTextsInEnglish1764450000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_TEXTS_IN_ENGLISH_UP) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_TEXTS_IN_ENGLISH_DOWN) await db.query(statement);
  }
}
