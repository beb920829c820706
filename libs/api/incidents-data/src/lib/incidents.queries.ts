import { Injectable } from '@nestjs/common';
import { jsonWithNumber, LIKE_ESCAPE, likeContains, Sql, SqlPart, withParts } from '@tryggplan/api/core';
import { IncidentListQuery } from '@tryggplan/shared/domain';
import type { EntityManager } from 'typeorm';

/** One row of `incidents` with its site's name and the reporting participant's phone. */
export interface IncidentRow {
  id: string;
  eventId: string;
  number: number;
  title: string;
  description: string;
  category: string;
  severity: string;
  status: string;
  occurredAt: string;
  reportedAt: string;
  closedAt: string | null;
  siteId: string | null;
  siteName: string | null;
  lat: number | null;
  lng: number | null;
  place: string;
  reporterKind: string;
  reporterName: string;
  reporterParticipantId: string | null;
  reporterPhone: string | null;
  mayCall: boolean | number;
  clientId: string | null;
  assigneeId: string | null;
  staffAssigneeId: string | null;
  isCrime: boolean | number;
  policeStatus: string;
  policeReportNumber: string;
  policeReportedAt: string | null;
  policeReason: string;
  isExercise: boolean | number;
  checklist: string;
  redactedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The columns written on insert, in this order. */
export const INCIDENT_COLUMNS = [
  'id',
  'eventId',
  'number',
  'title',
  'description',
  'category',
  'severity',
  'status',
  'occurredAt',
  'reportedAt',
  'closedAt',
  'siteId',
  'lat',
  'lng',
  'place',
  'reporterKind',
  'reporterName',
  'reporterParticipantId',
  'mayCall',
  'clientId',
  'assigneeId',
  'staffAssigneeId',
  'isCrime',
  'policeStatus',
  'policeReportNumber',
  'policeReportedAt',
  'policeReason',
  'isExercise',
  'checklist',
  'redactedAt',
  'createdAt',
  'updatedAt',
  'version',
] as const;
export type IncidentColumn = (typeof INCIDENT_COLUMNS)[number];
export type IncidentRecord = Record<IncidentColumn, unknown>;

export interface EntryRow {
  id: string;
  incidentId: string;
  kind: string;
  body: string;
  /** JSON: what a status change, assignment, police report or checklist step recorded. */
  data: string;
  authorKind: string;
  authorId: string | null;
  authorLabel: string;
  createdAt: string;
  struckAt: string | null;
  struckBy: string | null;
  struckReason: string | null;
}

export type EntryRecord = Omit<EntryRow, 'struckAt' | 'struckBy' | 'struckReason'>;

/** The event's next incident number, as SQL inside the statement that takes it (see numberedInsert). */
export const NEXT_NUMBER = 'SELECT "lastNumber" FROM "numbered"';

/** `{"number":N}` with the number NEXT_NUMBER takes: the data of a new incident's entries. */
export const NEXT_NUMBER_JSON = jsonWithNumber({}, 'number', NEXT_NUMBER);

const ENTRY_COLUMNS = [
  'id',
  'incidentId',
  'kind',
  'body',
  'data',
  'authorKind',
  'authorId',
  'authorLabel',
  'createdAt',
] as const satisfies readonly (keyof EntryRecord)[];

/** An entry's insert, its data given as SQL (a parameter, or a value of the statement it is part of). */
function entryInsert(entry: Omit<EntryRecord, 'data'>, data: SqlPart): SqlPart {
  const values = ENTRY_COLUMNS.map((column) =>
    column === 'data' ? data : { sql: '?', params: [entry[column]] },
  );
  return {
    sql: `INSERT INTO "incident_entries" (${ENTRY_COLUMNS.map((c) => `"${c}"`).join(', ')})
          VALUES (${values.map((value) => value.sql).join(', ')})`,
    params: values.flatMap((value) => value.params),
  };
}

/** A new incident and what commits with it, for one PostgreSQL statement (see numberedInsert). */
export interface NumberedIncident {
  record: Omit<IncidentRecord, 'number'>;
  participantIds: string[];
  riskIds: string[];
  /** Its timeline's first entry; the data is `{number}`. */
  entry: Omit<EntryRecord, 'data'>;
  /** Its audit and live-log entries, whose data name the number through NEXT_NUMBER. */
  audit: SqlPart;
  live: SqlPart;
}

export interface CountRow {
  status: string;
  severity: string;
  isCrime: boolean | number;
  policeStatus: string;
  count: number | string;
}

const SELECT_INCIDENT = `SELECT i.*, s."name" AS "siteName", p."phone" AS "reporterPhone"
  FROM "incidents" i
  LEFT JOIN "sites" s ON s."id" = i."siteId"
  LEFT JOIN "participants" p ON p."id" = i."reporterParticipantId"`;

/** Every read and write of incidents, their links, timelines and counters. */
@Injectable()
export class IncidentsQueries {
  constructor(readonly sql: Sql) {}

  /** The next number of the event's incidents: the counter row is upserted, so numbers never repeat. */
  async nextNumber(eventId: string, tx: EntityManager): Promise<number> {
    const row = await this.sql.get<{ lastNumber: number | string }>(
      `INSERT INTO "incident_counters" ("eventId", "lastNumber") VALUES (?, 1)
       ON CONFLICT ("eventId") DO UPDATE SET "lastNumber" = "incident_counters"."lastNumber" + 1
       RETURNING "lastNumber"`,
      [eventId],
      tx,
    );
    return Number(row?.lastNumber);
  }

  /**
   * PostgreSQL: a new incident in one statement that commits on its own, taking the event's next
   * number. The counter row is locked for that one statement instead of a transaction's round
   * trips, so many coordinators can log into one event at once. Returns the number and the live
   * entry's seq.
   */
  async numberedInsert(write: NumberedIncident): Promise<{ number: number; seq: number }> {
    const { record } = write;
    const columns = INCIDENT_COLUMNS.map((column) => `"${column}"`).join(', ');
    const values = INCIDENT_COLUMNS.map((column) => (column === 'number' ? `(${NEXT_NUMBER})` : '?'));
    const links = (table: string, column: string, ids: string[]): SqlPart => ({
      sql: `INSERT INTO "${table}" ("incidentId", "${column}") SELECT ?, "id" FROM unnest(CAST(? AS text[])) AS "ids" ("id")`,
      params: [record.id, ids],
    });
    const statement = withParts(
      {
        numbered: {
          sql: `INSERT INTO "incident_counters" ("eventId", "lastNumber") VALUES (?, 1)
                ON CONFLICT ("eventId") DO UPDATE SET "lastNumber" = "incident_counters"."lastNumber" + 1
                RETURNING "lastNumber"`,
          params: [record.eventId],
        },
        incident: {
          sql: `INSERT INTO "incidents" (${columns}) VALUES (${values.join(', ')})`,
          params: INCIDENT_COLUMNS.filter((column) => column !== 'number').map(
            (column) => record[column as Exclude<IncidentColumn, 'number'>],
          ),
        },
        participants: links('incident_participants', 'participantId', write.participantIds),
        risks: links('incident_risks', 'riskId', write.riskIds),
        entry: entryInsert(write.entry, NEXT_NUMBER_JSON),
        audit: write.audit,
        live: write.live,
      },
      { sql: `SELECT (${NEXT_NUMBER}) AS "number", (SELECT "seq" FROM "live") AS "seq"`, params: [] },
    );
    const row = await this.sql.get<{ number: number | string; seq: number | string }>(
      statement.sql,
      statement.params,
    );
    return { number: Number(row?.number), seq: Number(row?.seq) };
  }

  async insert(record: IncidentRecord, tx: EntityManager): Promise<void> {
    const columns = INCIDENT_COLUMNS.map((column) => `"${column}"`).join(', ');
    const marks = INCIDENT_COLUMNS.map(() => '?').join(', ');
    await this.sql.run(
      `INSERT INTO "incidents" (${columns}) VALUES (${marks})`,
      INCIDENT_COLUMNS.map((column) => record[column]),
      tx,
    );
  }

  /** Writes the changed columns if the version still matches; false when someone else saved first. */
  async update(
    id: string,
    version: number,
    changes: Partial<IncidentRecord>,
    tx: EntityManager,
  ): Promise<boolean> {
    const columns = Object.keys(changes) as IncidentColumn[];
    const sets = columns.map((column) => `"${column}" = ?`).join(', ');
    const rows = await this.sql.all<{ id: string }>(
      `UPDATE "incidents" SET ${sets}, "version" = "version" + 1
       WHERE "id" = ? AND "version" = ? RETURNING "id"`,
      [...columns.map((column) => changes[column]), id, version],
      tx,
    );
    return rows.length === 1;
  }

  async byId(eventId: string, id: string, tx?: EntityManager): Promise<IncidentRow | undefined> {
    return this.sql.get<IncidentRow>(
      `${SELECT_INCIDENT} WHERE i."eventId" = ? AND i."id" = ?`,
      [eventId, id],
      tx,
    );
  }

  async byClientId(eventId: string, clientId: string, tx?: EntityManager): Promise<IncidentRow | undefined> {
    return this.sql.get<IncidentRow>(
      `${SELECT_INCIDENT} WHERE i."eventId" = ? AND i."clientId" = ?`,
      [eventId, clientId],
      tx,
    );
  }

  /** One page of the event's incidents matching the filters, and how many match in all. */
  async list(eventId: string, query: IncidentListQuery): Promise<{ rows: IncidentRow[]; total: number }> {
    const where = ['i."eventId" = ?'];
    const params: unknown[] = [eventId];
    if (query.status) {
      where.push('i."status" = ?');
      params.push(query.status);
    }
    if (query.category) {
      where.push('i."category" = ?');
      params.push(query.category);
    }
    if (query.severity) {
      where.push('i."severity" = ?');
      params.push(query.severity);
    }
    if (query.unreportedCrime === 'true') {
      where.push(`i."isCrime" = ? AND i."isExercise" = ? AND i."policeStatus" = 'not-reported'`);
      params.push(true, false);
    }
    if (query.exercise !== 'include') {
      where.push('i."isExercise" = ?');
      params.push(query.exercise === 'only');
    }
    if (query.q) {
      where.push(
        `(LOWER(i."title") LIKE ? ${LIKE_ESCAPE} OR LOWER(i."description") LIKE ? ${LIKE_ESCAPE}
          OR LOWER(i."place") LIKE ? ${LIKE_ESCAPE})`,
      );
      const pattern = likeContains(query.q.toLowerCase());
      params.push(pattern, pattern, pattern);
    }
    const filter = where.join(' AND ');
    const [rows, count] = await Promise.all([
      this.sql.all<IncidentRow>(
        `${SELECT_INCIDENT} WHERE ${filter} ORDER BY i."reportedAt" DESC, i."number" DESC LIMIT ? OFFSET ?`,
        [...params, query.limit, query.offset],
      ),
      this.sql.get<{ total: number | string }>(
        `SELECT COUNT(*) AS "total" FROM "incidents" i WHERE ${filter}`,
        params,
      ),
    ]);
    return { rows, total: Number(count?.total ?? 0) };
  }

  /** Counts of the event's real incidents (exercises left out) by status, severity and police report. */
  async counts(eventId: string): Promise<CountRow[]> {
    return this.sql.all<CountRow>(
      `SELECT "status", "severity", "isCrime", "policeStatus", COUNT(*) AS "count" FROM "incidents"
       WHERE "eventId" = ? AND "isExercise" = ?
       GROUP BY "status", "severity", "isCrime", "policeStatus"`,
      [eventId, false],
    );
  }

  /** The people and risks linked to the incidents given (one page of the board). */
  async linksOfMany(incidentIds: string[]): Promise<{
    participants: { incidentId: string; participantId: string }[];
    risks: { incidentId: string; riskId: string }[];
  }> {
    if (incidentIds.length === 0) return { participants: [], risks: [] };
    const marks = incidentIds.map(() => '?').join(', ');
    const [participants, risks] = await Promise.all([
      this.sql.all<{ incidentId: string; participantId: string }>(
        `SELECT "incidentId", "participantId" FROM "incident_participants" WHERE "incidentId" IN (${marks})
         ORDER BY "participantId"`,
        incidentIds,
      ),
      this.sql.all<{ incidentId: string; riskId: string }>(
        `SELECT "incidentId", "riskId" FROM "incident_risks" WHERE "incidentId" IN (${marks}) ORDER BY "riskId"`,
        incidentIds,
      ),
    ]);
    return { participants, risks };
  }

  async linksOf(
    incidentId: string,
    tx?: EntityManager,
  ): Promise<{ participantIds: string[]; riskIds: string[] }> {
    const [participants, risks] = await Promise.all([
      this.sql.all<{ participantId: string }>(
        'SELECT "participantId" FROM "incident_participants" WHERE "incidentId" = ? ORDER BY "participantId"',
        [incidentId],
        tx,
      ),
      this.sql.all<{ riskId: string }>(
        'SELECT "riskId" FROM "incident_risks" WHERE "incidentId" = ? ORDER BY "riskId"',
        [incidentId],
        tx,
      ),
    ]);
    return {
      participantIds: participants.map((row) => row.participantId),
      riskIds: risks.map((row) => row.riskId),
    };
  }

  async setParticipants(incidentId: string, participantIds: string[], tx: EntityManager): Promise<void> {
    await this.sql.run('DELETE FROM "incident_participants" WHERE "incidentId" = ?', [incidentId], tx);
    await this.addParticipants(incidentId, participantIds, tx);
  }

  async setRisks(incidentId: string, riskIds: string[], tx: EntityManager): Promise<void> {
    await this.sql.run('DELETE FROM "incident_risks" WHERE "incidentId" = ?', [incidentId], tx);
    await this.addRisks(incidentId, riskIds, tx);
  }

  async addParticipants(incidentId: string, participantIds: string[], tx: EntityManager): Promise<void> {
    for (const participantId of participantIds) {
      await this.sql.run(
        'INSERT INTO "incident_participants" ("incidentId", "participantId") VALUES (?, ?)',
        [incidentId, participantId],
        tx,
      );
    }
  }

  async addRisks(incidentId: string, riskIds: string[], tx: EntityManager): Promise<void> {
    for (const riskId of riskIds) {
      await this.sql.run(
        'INSERT INTO "incident_risks" ("incidentId", "riskId") VALUES (?, ?)',
        [incidentId, riskId],
        tx,
      );
    }
  }

  async insertEntry(entry: EntryRecord, tx?: EntityManager): Promise<void> {
    const insert = entryInsert(entry, { sql: '?', params: [entry.data] });
    await this.sql.run(insert.sql, insert.params, tx);
  }

  async entries(incidentId: string): Promise<EntryRow[]> {
    return this.sql.all<EntryRow>('SELECT * FROM "incident_entries" WHERE "incidentId" = ? ORDER BY "seq"', [
      incidentId,
    ]);
  }

  async entriesOfEvent(eventId: string): Promise<EntryRow[]> {
    return this.sql.all<EntryRow>(
      `SELECT e.* FROM "incident_entries" e JOIN "incidents" i ON i."id" = e."incidentId"
       WHERE i."eventId" = ? ORDER BY e."createdAt", e."seq"`,
      [eventId],
    );
  }

  /** Strikes an entry once; false when it is not there or already struck. */
  async strikeEntry(
    incidentId: string,
    entryId: string,
    strike: { at: string; by: string; reason: string },
  ): Promise<boolean> {
    const rows = await this.sql.all<{ id: string }>(
      `UPDATE "incident_entries" SET "struckAt" = ?, "struckBy" = ?, "struckReason" = ?
       WHERE "incidentId" = ? AND "id" = ? AND "struckAt" IS NULL RETURNING "id"`,
      [strike.at, strike.by, strike.reason, incidentId, entryId],
    );
    return rows.length === 1;
  }

  async entryExists(incidentId: string, entryId: string): Promise<boolean> {
    return Boolean(
      await this.sql.get('SELECT 1 AS "one" FROM "incident_entries" WHERE "incidentId" = ? AND "id" = ?', [
        incidentId,
        entryId,
      ]),
    );
  }

  /** The ids of those given that belong to the event, for checking links before they are written. */
  async existing(
    table: 'participants' | 'risks' | 'sites',
    eventId: string,
    ids: string[],
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.sql.all<{ id: string }>(
      `SELECT "id" FROM "${table}" WHERE "eventId" = ? AND "id" IN (${ids.map(() => '?').join(', ')})`,
      [eventId, ...ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async isMember(eventId: string, userId: string): Promise<boolean> {
    return Boolean(
      await this.sql.get('SELECT 1 AS "one" FROM "event_members" WHERE "eventId" = ? AND "userId" = ?', [
        eventId,
        userId,
      ]),
    );
  }

  async participantNames(ids: string[]): Promise<{ id: string; fullName: string; phone: string }[]> {
    if (ids.length === 0) return [];
    return this.sql.all(
      `SELECT "id", "fullName", "phone" FROM "participants" WHERE "id" IN (${ids.map(() => '?').join(', ')})
       ORDER BY "fullName"`,
      ids,
    );
  }

  async participantName(id: string): Promise<string | undefined> {
    const row = await this.sql.get<{ fullName: string }>(
      'SELECT "fullName" FROM "participants" WHERE "id" = ?',
      [id],
    );
    return row?.fullName;
  }

  /** A staff member of the event's security organisation, for an incident's assignee. */
  async staffMember(
    eventId: string,
    staffId: string,
  ): Promise<{ id: string; fullName: string; role: string } | undefined> {
    return this.sql.get(
      'SELECT "id", "fullName", "role" FROM "staff_members" WHERE "eventId" = ? AND "id" = ?',
      [eventId, staffId],
    );
  }

  async userName(id: string): Promise<{ id: string; displayName: string } | undefined> {
    return this.sql.get('SELECT "id", "displayName" FROM "users" WHERE "id" = ?', [id]);
  }

  async risksOf(ids: string[]): Promise<{ id: string; title: string; score: number }[]> {
    if (ids.length === 0) return [];
    return this.sql.all(
      `SELECT "id", "title", "score" FROM "risks" WHERE "id" IN (${ids.map(() => '?').join(', ')}) ORDER BY "title"`,
      ids,
    );
  }

  async eventOf(
    eventId: string,
  ): Promise<
    { name: string; startsAt: string; endsAt: string; timezone: string; locationName: string } | undefined
  > {
    return this.sql.get(
      'SELECT "name", "startsAt", "endsAt", "timezone", "locationName" FROM "events" WHERE "id" = ?',
      [eventId],
    );
  }

  async siteOf(
    eventId: string,
    siteId: string,
  ): Promise<{ id: string; kind: string; name: string; address: string; geometry: string } | undefined> {
    return this.sql.get(
      'SELECT "id", "kind", "name", "address", "geometry" FROM "sites" WHERE "eventId" = ? AND "id" = ?',
      [eventId, siteId],
    );
  }

  async plannedRisks(eventId: string): Promise<{ id: string; title: string; category: string }[]> {
    return this.sql.all(
      'SELECT "id", "title", "category" FROM "risks" WHERE "eventId" = ? ORDER BY "title"',
      [eventId],
    );
  }

  /** The person's own reports, newest first. */
  async reportsBy(eventId: string, participantId: string): Promise<IncidentRow[]> {
    return this.sql.all<IncidentRow>(
      `${SELECT_INCIDENT} WHERE i."eventId" = ? AND i."reporterParticipantId" = ? ORDER BY i."reportedAt" DESC`,
      [eventId, participantId],
    );
  }

  /** Events that ended before the cutoff and still hold incidents with personal data. */
  async eventsToRedact(cutoff: string): Promise<{ id: string; endsAt: string }[]> {
    return this.sql.all(
      `SELECT e."id", e."endsAt" FROM "events" e WHERE e."endsAt" < ?
         AND EXISTS (SELECT 1 FROM "incidents" i WHERE i."eventId" = e."id" AND i."redactedAt" IS NULL)`,
      [cutoff],
    );
  }

  /**
   * Erases the personal data of an event's incidents: the words, the people, the reporter and the
   * timeline. What remains (category, severity, times, status, whether it was a crime and reported)
   * keeps the statistics.
   */
  async redactEvent(eventId: string, at: string, tx: EntityManager): Promise<number> {
    const ids = `SELECT "id" FROM "incidents" WHERE "eventId" = ?`;
    await this.sql.run(`DELETE FROM "incident_entries" WHERE "incidentId" IN (${ids})`, [eventId], tx);
    await this.sql.run(`DELETE FROM "incident_participants" WHERE "incidentId" IN (${ids})`, [eventId], tx);
    const rows = await this.sql.all<{ id: string }>(
      `UPDATE "incidents" SET "title" = '', "description" = '', "place" = '', "reporterName" = '',
         "reporterParticipantId" = NULL, "clientId" = NULL, "mayCall" = ?, "assigneeId" = NULL, "staffAssigneeId" = NULL,
         "policeReportNumber" = '', "policeReason" = '', "lat" = NULL, "lng" = NULL,
         "checklist" = '[]', "redactedAt" = ?
       WHERE "eventId" = ? AND "redactedAt" IS NULL RETURNING "id"`,
      [false, at, eventId],
      tx,
    );
    return rows.length;
  }
}
