import { MigrationInterface, QueryRunner } from 'typeorm';
import { PERMIT_TABLES, PERMIT_TABLES_DOWN } from '../1764510000000-permit-application';

/** ../1764510000000-permit-application.ts in PostgreSQL: the same table. */
export class PostgresPermitApplication1764510000000 implements MigrationInterface {
  name = 'PostgresPermitApplication1764510000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of PERMIT_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of PERMIT_TABLES_DOWN) await db.query(statement);
  }
}
