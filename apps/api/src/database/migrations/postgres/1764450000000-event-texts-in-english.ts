import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  EVENT_TEXTS_IN_ENGLISH_DOWN,
  EVENT_TEXTS_IN_ENGLISH_UP,
} from '../1764450000000-event-texts-in-english';

/** ../1764450000000-event-texts-in-english.ts in PostgreSQL: the same two columns. */
export class PostgresEventTextsInEnglish1764450000000 implements MigrationInterface {
  name = 'PostgresEventTextsInEnglish1764450000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_TEXTS_IN_ENGLISH_UP) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_TEXTS_IN_ENGLISH_DOWN) await db.query(statement);
  }
}
