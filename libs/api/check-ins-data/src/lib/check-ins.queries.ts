import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import type { EntityManager } from 'typeorm';

/** One row of `check_ins` with its site's name and its recipients counted by answer. */
export interface CheckInRow {
  id: string;
  eventId: string;
  message: string;
  messageEn: string;
  targetKind: string;
  siteId: string | null;
  siteName: string | null;
  fromAt: string | null;
  toAt: string | null;
  incidentId: string | null;
  escalateAfterMinutes: number;
  escalatesAt: string;
  escalatedAt: string | null;
  createdAt: string;
  createdBy: string;
  ok: number | string | null;
  needHelp: number | string | null;
  noAnswer: number | string | null;
}

export type CheckInRecord = Omit<CheckInRow, 'siteName' | 'ok' | 'needHelp' | 'noAnswer'>;

const CHECK_IN_COLUMNS = [
  'id',
  'eventId',
  'message',
  'messageEn',
  'targetKind',
  'siteId',
  'fromAt',
  'toAt',
  'incidentId',
  'escalateAfterMinutes',
  'escalatesAt',
  'escalatedAt',
  'createdAt',
  'createdBy',
] as const satisfies readonly (keyof CheckInRecord)[];

export interface RecipientRow {
  participantId: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  status: string | null;
  note: string;
  answeredAt: string | null;
  incidentId: string | null;
  incidentNumber: number | string | null;
  raisedAt: string | null;
}

export interface OwnCheckInRow {
  id: string;
  message: string;
  messageEn: string;
  createdAt: string;
  status: string | null;
  note: string;
  answeredAt: string | null;
}

export interface AudienceRows {
  people: {
    id: string;
    accommodationSiteId: string | null;
    arrivalAt: string | null;
    departureAt: string | null;
  }[];
  items: { participantId: string; siteId: string | null; startsAt: string; endsAt: string }[];
  sites: { id: string; kind: string; geometry: string }[];
}

/** Recipients written per statement: two parameters each, well under either driver's limit. */
const RECIPIENT_BATCH = 400;

const SELECT_CHECK_IN = `SELECT c.*, s."name" AS "siteName",
    (SELECT COUNT(*) FROM "check_in_recipients" r WHERE r."checkInId" = c."id" AND r."status" = 'ok') AS "ok",
    (SELECT COUNT(*) FROM "check_in_recipients" r WHERE r."checkInId" = c."id" AND r."status" = 'need-help') AS "needHelp",
    (SELECT COUNT(*) FROM "check_in_recipients" r WHERE r."checkInId" = c."id" AND r."status" IS NULL) AS "noAnswer"
  FROM "check_ins" c
  LEFT JOIN "sites" s ON s."id" = c."siteId"`;

/** Every read and write of check-ins and their recipients' answers. */
@Injectable()
export class CheckInsQueries {
  constructor(readonly sql: Sql) {}

  /** What deciding who a check-in goes to needs: the event's people, their schedule in the window, its sites. */
  async audience(eventId: string, window: { from: string; to: string }): Promise<AudienceRows> {
    const [people, items, sites] = await Promise.all([
      this.sql.all<AudienceRows['people'][number]>(
        `SELECT "id", "accommodationSiteId", "arrivalAt", "departureAt" FROM "participants"
         WHERE "eventId" = ? ORDER BY "fullName", "id"`,
        [eventId],
      ),
      this.sql.all<AudienceRows['items'][number]>(
        `SELECT "participantId", "siteId", "startsAt", "endsAt" FROM "schedule_items"
         WHERE "eventId" = ? AND "siteId" IS NOT NULL AND "startsAt" <= ? AND "endsAt" >= ?`,
        [eventId, window.to, window.from],
      ),
      this.sql.all<AudienceRows['sites'][number]>(
        'SELECT "id", "kind", "geometry" FROM "sites" WHERE "eventId" = ?',
        [eventId],
      ),
    ]);
    return { people, items, sites };
  }

  siteOf(
    eventId: string,
    siteId: string,
  ): Promise<{ id: string; kind: string; geometry: string } | undefined> {
    return this.sql.get(`SELECT "id", "kind", "geometry" FROM "sites" WHERE "eventId" = ? AND "id" = ?`, [
      eventId,
      siteId,
    ]);
  }

  incidentOf(eventId: string, incidentId: string): Promise<{ id: string; category: string } | undefined> {
    return this.sql.get(`SELECT "id", "category" FROM "incidents" WHERE "eventId" = ? AND "id" = ?`, [
      eventId,
      incidentId,
    ]);
  }

  async insert(record: CheckInRecord, participantIds: string[], tx: EntityManager): Promise<void> {
    await this.sql.run(
      `INSERT INTO "check_ins" (${CHECK_IN_COLUMNS.map((column) => `"${column}"`).join(', ')})
       VALUES (${CHECK_IN_COLUMNS.map(() => '?').join(', ')})`,
      CHECK_IN_COLUMNS.map((column) => record[column]),
      tx,
    );
    for (let start = 0; start < participantIds.length; start += RECIPIENT_BATCH) {
      const batch = participantIds.slice(start, start + RECIPIENT_BATCH);
      await this.sql.run(
        `INSERT INTO "check_in_recipients" ("checkInId", "participantId", "note")
         VALUES ${batch.map(() => "(?, ?, '')").join(', ')}`,
        batch.flatMap((participantId) => [record.id, participantId]),
        tx,
      );
    }
  }

  async list(eventId: string, limit: number, offset: number): Promise<{ rows: CheckInRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.sql.all<CheckInRow>(
        `${SELECT_CHECK_IN} WHERE c."eventId" = ? ORDER BY c."createdAt" DESC, c."id" LIMIT ? OFFSET ?`,
        [eventId, limit, offset],
      ),
      this.sql.get<{ n: number | string }>('SELECT COUNT(*) AS "n" FROM "check_ins" WHERE "eventId" = ?', [
        eventId,
      ]),
    ]);
    return { rows, total: Number(total?.n ?? 0) };
  }

  byId(eventId: string, id: string): Promise<CheckInRow | undefined> {
    return this.sql.get<CheckInRow>(`${SELECT_CHECK_IN} WHERE c."eventId" = ? AND c."id" = ?`, [eventId, id]);
  }

  recipients(checkInId: string): Promise<RecipientRow[]> {
    return this.sql.all<RecipientRow>(
      `SELECT r."participantId", p."fullName", p."phone", p."email", r."status", r."note", r."answeredAt",
              r."incidentId", i."number" AS "incidentNumber", r."raisedAt"
       FROM "check_in_recipients" r
       JOIN "participants" p ON p."id" = r."participantId"
       LEFT JOIN "incidents" i ON i."id" = r."incidentId"
       WHERE r."checkInId" = ?
       ORDER BY p."fullName", p."id"`,
      [checkInId],
    );
  }

  recipient(
    checkInId: string,
    participantId: string,
  ): Promise<
    { status: string | null; note: string; answeredAt: string | null; incidentId: string | null } | undefined
  > {
    return this.sql.get(
      `SELECT "status", "note", "answeredAt", "incidentId" FROM "check_in_recipients"
       WHERE "checkInId" = ? AND "participantId" = ?`,
      [checkInId, participantId],
    );
  }

  saveAnswer(
    checkInId: string,
    participantId: string,
    answer: { status: string; note: string; answeredAt: string },
  ): Promise<void> {
    return this.sql.run(
      `UPDATE "check_in_recipients" SET "status" = ?, "note" = ?, "answeredAt" = ?
       WHERE "checkInId" = ? AND "participantId" = ?`,
      [answer.status, answer.note, answer.answeredAt, checkInId, participantId],
    );
  }

  linkIncident(checkInId: string, participantId: string, incidentId: string): Promise<void> {
    return this.sql.run(
      `UPDATE "check_in_recipients" SET "incidentId" = ? WHERE "checkInId" = ? AND "participantId" = ?`,
      [incidentId, checkInId, participantId],
    );
  }

  /** The check-ins sent to one person, newest first, with their answer. */
  ownCheckIns(eventId: string, participantId: string): Promise<OwnCheckInRow[]> {
    return this.sql.all<OwnCheckInRow>(
      `SELECT c."id", c."message", c."messageEn", c."createdAt", r."status", r."note", r."answeredAt"
       FROM "check_in_recipients" r JOIN "check_ins" c ON c."id" = r."checkInId"
       WHERE c."eventId" = ? AND r."participantId" = ?
       ORDER BY c."createdAt" DESC, c."id" LIMIT 20`,
      [eventId, participantId],
    );
  }

  /** Check-ins whose time to escalate has come and that no instance has escalated yet. */
  due(now: string): Promise<{ id: string; eventId: string }[]> {
    return this.sql.all(
      `SELECT "id", "eventId" FROM "check_ins" WHERE "escalatedAt" IS NULL AND "escalatesAt" <= ?
       ORDER BY "escalatesAt" LIMIT 100`,
      [now],
    );
  }

  /**
   * Marks the check-in escalated and raises who has not answered, if no one did it first: the
   * conditional update lets exactly one instance through. Answers how many were raised, or null.
   */
  async escalate(checkInId: string, now: string, tx: EntityManager): Promise<number | null> {
    const claimed = await this.sql.all<{ id: string }>(
      `UPDATE "check_ins" SET "escalatedAt" = ? WHERE "id" = ? AND "escalatedAt" IS NULL RETURNING "id"`,
      [now, checkInId],
      tx,
    );
    if (claimed.length === 0) return null;
    const raised = await this.sql.all<{ participantId: string }>(
      `UPDATE "check_in_recipients" SET "raisedAt" = ? WHERE "checkInId" = ? AND "status" IS NULL
       RETURNING "participantId"`,
      [now, checkInId],
      tx,
    );
    return raised.length;
  }
}
