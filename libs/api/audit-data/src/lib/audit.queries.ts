import { Injectable } from '@nestjs/common';
import { GroupCommit, groupStartOn, Sql, SqlPart } from '@tryggplan/api/core';
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

const COLUMNS = [
  'id',
  'at',
  'actorType',
  'actorId',
  'actorLabel',
  'action',
  'eventId',
  'subjectType',
  'subjectId',
  'ip',
  'details',
] as const satisfies readonly (keyof AuditRow)[];

/** Batches are 1, 2, 4 … 64 rows: a handful of statement texts for the prepared-statement memo. */
const MAX_BATCH = 64;

const insertOf = (rows: number) =>
  `INSERT INTO "audit_entries" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ` +
  Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');

/** The audit trail's one hot write: every read of personal data appends an entry, in group commits. */
@Injectable()
export class AuditQueries {
  private readonly inserts: GroupCommit<AuditRow>;

  constructor(private readonly sql: Sql) {
    this.inserts = new GroupCommit<AuditRow>(
      (rows) =>
        this.sql.run(
          insertOf(rows.length),
          rows.flatMap((row) => COLUMNS.map((c) => row[c])),
        ),
      (waiting) => 2 ** Math.floor(Math.log2(Math.min(waiting, MAX_BATCH))),
      // on SQLite one commit per read would be most of a cached read's cost
      groupStartOn(sql.dialect),
    );
  }

  insert(row: AuditRow, tx?: EntityManager): Promise<void> {
    if (tx)
      return this.sql.run(
        insertOf(1),
        COLUMNS.map((c) => row[c]),
        tx,
      );
    return this.inserts.add(row);
  }

  /** The entry's insert as a part of a larger statement (see withParts), its details SQL of that statement. */
  insertPart(row: Omit<AuditRow, 'details'>, details: SqlPart): SqlPart {
    const given = COLUMNS.filter((c) => c !== 'details');
    return {
      sql:
        `INSERT INTO "audit_entries" (${given.map((c) => `"${c}"`).join(', ')}, "details") ` +
        `VALUES (${given.map(() => '?').join(', ')}, ${details.sql})`,
      params: [...given.map((c) => (row as AuditRow)[c]), ...details.params],
    };
  }
}
