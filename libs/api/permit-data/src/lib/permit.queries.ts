import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';

export interface PermitRow {
  document: string;
  updatedAt: string;
  version: number | string;
}

/** A public schedule item as an appearance of the permit bundle: no participant, only what is public. */
export interface PublicItemRow {
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
}

/** The permit application's table, and the counts and public items of the plan it is drafted from. */
@Injectable()
export class PermitQueries {
  constructor(private readonly sql: Sql) {}

  byEvent(eventId: string): Promise<PermitRow | undefined> {
    return this.sql.get<PermitRow>(
      'SELECT "document", "updatedAt", "version" FROM "permit_applications" WHERE "eventId" = ?',
      [eventId],
    );
  }

  /** The first save: false when another one got there first. */
  async insert(eventId: string, document: string, now: string): Promise<boolean> {
    const rows = await this.sql.all<{ eventId: string }>(
      `INSERT INTO "permit_applications" ("eventId", "document", "updatedAt", "version") VALUES (?, ?, ?, 1)
       ON CONFLICT ("eventId") DO NOTHING RETURNING "eventId"`,
      [eventId, document, now],
    );
    return rows.length > 0;
  }

  /** A later save, only over the version read: false when it is stale. */
  async update(eventId: string, version: number, document: string, now: string): Promise<boolean> {
    const rows = await this.sql.all<{ eventId: string }>(
      `UPDATE "permit_applications" SET "document" = ?, "updatedAt" = ?, "version" = "version" + 1
       WHERE "eventId" = ? AND "version" = ? RETURNING "eventId"`,
      [document, now, eventId, version],
    );
    return rows.length > 0;
  }

  /** The public items of the event's schedules by time, each once even when several people share it. */
  publicItems(eventId: string): Promise<PublicItemRow[]> {
    return this.sql.all<PublicItemRow>(
      `SELECT DISTINCT "title", "startsAt", "endsAt", "siteId" FROM "schedule_items"
       WHERE "eventId" = ? AND "isPublic" = ? ORDER BY "startsAt", "title"`,
      [eventId, true],
    );
  }

  async riskCount(eventId: string): Promise<number> {
    const row = await this.sql.get<{ n: number | string }>(
      'SELECT COUNT(*) AS "n" FROM "risks" WHERE "eventId" = ?',
      [eventId],
    );
    return Number(row?.n ?? 0);
  }

  /** Events ended before the cutoff whose application still names a responsible person. */
  endedBefore(cutoff: string): Promise<{ eventId: string; endsAt: string }[]> {
    return this.sql.all(
      `SELECT p."eventId", e."endsAt" FROM "permit_applications" p JOIN "events" e ON e."id" = p."eventId"
       WHERE e."endsAt" < ?`,
      [cutoff],
    );
  }

  erase(eventId: string): Promise<void> {
    return this.sql.run('DELETE FROM "permit_applications" WHERE "eventId" = ?', [eventId]);
  }
}
