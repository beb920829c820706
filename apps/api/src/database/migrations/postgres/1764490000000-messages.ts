import { MigrationInterface, QueryRunner } from 'typeorm';
import { MESSAGE_TABLES, MESSAGE_TABLES_DOWN } from '../1764490000000-messages';

/** ../1764490000000-messages.ts in PostgreSQL: the same table. */
export class PostgresMessages1764490000000 implements MigrationInterface {
  name = 'PostgresMessages1764490000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of MESSAGE_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of MESSAGE_TABLES_DOWN) await db.query(statement);
  }
}
