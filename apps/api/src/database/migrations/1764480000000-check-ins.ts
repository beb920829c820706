import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-ins ("Jag är OK"): a request to a group of participants, and one row per recipient that
 * holds their answer. The recipients are fixed when the check-in starts; a recipient's row goes
 * with the participant (retention erases answers with the people). The statements read the same on
 * both drivers, so PostgreSQL's migration of the same name runs them too.
 */
export function checkInTables(dialect: 'sqlite' | 'postgres'): string[] {
  const float = dialect === 'postgres' ? 'double precision' : 'real';
  return [
    `CREATE TABLE "check_ins" (
      "id" text PRIMARY KEY NOT NULL,
      "eventId" text NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "message" text NOT NULL,
      "messageEn" text NOT NULL,
      "targetKind" text NOT NULL,
      "siteId" text REFERENCES "sites" ("id") ON DELETE SET NULL,
      "fromAt" text,
      "toAt" text,
      "incidentId" text REFERENCES "incidents" ("id") ON DELETE SET NULL,
      "escalateAfterMinutes" ${float} NOT NULL,
      "escalatesAt" text NOT NULL,
      "escalatedAt" text,
      "createdAt" text NOT NULL,
      "createdBy" text NOT NULL)`,
    `CREATE INDEX "IDX_check_ins_event_created" ON "check_ins" ("eventId", "createdAt")`,
    `CREATE INDEX "IDX_check_ins_escalation" ON "check_ins" ("escalatedAt", "escalatesAt")`,
    `CREATE TABLE "check_in_recipients" (
      "checkInId" text NOT NULL REFERENCES "check_ins" ("id") ON DELETE CASCADE,
      "participantId" text NOT NULL REFERENCES "participants" ("id") ON DELETE CASCADE,
      "status" text,
      "note" text NOT NULL,
      "answeredAt" text,
      "incidentId" text REFERENCES "incidents" ("id") ON DELETE SET NULL,
      "raisedAt" text,
      PRIMARY KEY ("checkInId", "participantId"))`,
    `CREATE INDEX "IDX_check_in_recipients_participant" ON "check_in_recipients" ("participantId")`,
  ];
}

export const CHECK_IN_TABLES_DOWN = [`DROP TABLE "check_in_recipients"`, `DROP TABLE "check_ins"`];

export class CheckIns1764480000000 implements MigrationInterface {
  name = 'CheckIns1764480000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of checkInTables('sqlite')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of CHECK_IN_TABLES_DOWN) await db.query(statement);
  }
}
