import { MigrationInterface, QueryRunner } from 'typeorm';
import { STAFF_ASSIGNEE_DOWN, STAFF_ASSIGNEE_UP } from '../1764530000000-staff-assignee';

/** ../1764530000000-staff-assignee.ts in PostgreSQL: the same column. */
export class PostgresStaffAssignee1764530000000 implements MigrationInterface {
  name = 'PostgresStaffAssignee1764530000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_ASSIGNEE_UP) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_ASSIGNEE_DOWN) await db.query(statement);
  }
}
