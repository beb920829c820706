import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The police permit application of an event: one JSON document per event with its version (the
 * organiser, the person responsible, the kind, the appearances). The responsible person's contact is
 * personal data: the row goes when the event does. The statements read the same on both drivers, so
 * PostgreSQL's migration of the same name runs them too.
 */
export const PERMIT_TABLES = [
  `CREATE TABLE "permit_applications" (
    "eventId" text PRIMARY KEY NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "document" text NOT NULL,
    "updatedAt" text NOT NULL,
    "version" integer NOT NULL)`,
];

export const PERMIT_TABLES_DOWN = [`DROP TABLE "permit_applications"`];

export class PermitApplication1764510000000 implements MigrationInterface {
  name = 'PermitApplication1764510000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of PERMIT_TABLES) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of PERMIT_TABLES_DOWN) await db.query(statement);
  }
}
