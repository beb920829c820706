import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An incident may be assigned to a staff member of the security organisation instead of a member of the
 * event. Deleting the staff member (or the retention job erasing the staff) leaves the incident without
 * an assignee; the timeline keeps the assignment line. PostgreSQL's migration of the same name runs the
 * same statement.
 */
export const STAFF_ASSIGNEE_UP = [
  `ALTER TABLE "incidents" ADD COLUMN "staffAssigneeId" text REFERENCES "staff_members" ("id") ON DELETE SET NULL`,
];

/** Drops the column (SQLite 3.35 or newer). */
export const STAFF_ASSIGNEE_DOWN = [`ALTER TABLE "incidents" DROP COLUMN "staffAssigneeId"`];

export class StaffAssignee1764530000000 implements MigrationInterface {
  name = 'StaffAssignee1764530000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_ASSIGNEE_UP) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of STAFF_ASSIGNEE_DOWN) await db.query(statement);
  }
}
