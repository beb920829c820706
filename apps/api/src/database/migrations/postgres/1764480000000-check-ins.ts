import { MigrationInterface, QueryRunner } from 'typeorm';
import { CHECK_IN_TABLES_DOWN, checkInTables } from '../1764480000000-check-ins';

/** ../1764480000000-check-ins.ts in PostgreSQL: the same tables, with an 8-byte float. */
export class PostgresCheckIns1764480000000 implements MigrationInterface {
  name = 'PostgresCheckIns1764480000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of checkInTables('postgres')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of CHECK_IN_TABLES_DOWN) await db.query(statement);
  }
}
