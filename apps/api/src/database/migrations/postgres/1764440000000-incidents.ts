import { MigrationInterface, QueryRunner } from 'typeorm';
import { INCIDENT_TABLES_DOWN, incidentTables } from '../1764440000000-incidents';

/** ../1764440000000-incidents.ts in PostgreSQL: the same tables, with 8-byte floats and an identity sequence. */
export class PostgresIncidents1764440000000 implements MigrationInterface {
  name = 'PostgresIncidents1764440000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of incidentTables('postgres')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of INCIDENT_TABLES_DOWN) await db.query(statement);
  }
}
