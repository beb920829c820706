import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import type { EntityManager } from 'typeorm';

export interface AuditRow {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  eventId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  details: string | null;
}

/** The audit trail's one hot write: every read of personal data appends an entry. */
@Injectable()
export class AuditQueries {
  constructor(private readonly sql: Sql) {}

  insert(row: AuditRow, tx?: EntityManager): Promise<void> {
    return this.sql.run(
      `INSERT INTO "audit_entries" ("id", "at", "actorType", "actorId", "actorLabel", "action", "eventId",
         "subjectType", "subjectId", "ip", "details")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.at,
        row.actorType,
        row.actorId,
        row.actorLabel,
        row.action,
        row.eventId,
        row.subjectType,
        row.subjectId,
        row.ip,
        row.details,
      ],
      tx,
    );
  }
}
