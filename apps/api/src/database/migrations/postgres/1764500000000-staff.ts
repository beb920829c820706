import { MigrationInterface, QueryRunner } from 'typeorm';
import { STAFF_TABLES, STAFF_TABLES_DOWN } from '../1764500000000-staff';

/** ../1764500000000-staff.ts in PostgreSQL: the same tables. */
export class PostgresStaff1764500000000 implements MigrationInterface {
  name = 'PostgresStaff1764500000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_TABLES_DOWN) await db.query(statement);
  }
}
