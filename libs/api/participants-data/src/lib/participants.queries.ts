import { Injectable } from '@nestjs/common';
import { LIKE_ESCAPE, likeContains, Sql } from '@tryggplan/api/core';
import type { EntityManager } from 'typeorm';
import type { ProtectionLevel } from '@tryggplan/shared/domain';
import { ParticipantEntity } from './participant.entity';
import { ParticipantListQuery } from './participant-query';
import { ExistingContact } from './participant-rules';

/**
 * The columns a list may be sorted by; nothing else ever reaches ORDER BY. The nullable one says
 * where empty values go (as SQLite has always put them: first going up, last going down), since
 * PostgreSQL puts them the other way round.
 */
const SORT_COLUMNS: Record<string, { column: string; nullable?: true }> = {
  fullName: { column: 'p."fullName"' },
  role: { column: 'p."role"' },
  organization: { column: 'p."organization"' },
  protectionLevel: { column: 'p."protectionLevel"' },
  arrivalAt: { column: 'p."arrivalAt"', nullable: true },
  updatedAt: { column: 'p."updatedAt"' },
};

/** Columns the list filters on by equality. */
const EQUAL_COLUMNS = {
  role: 'p."role"',
  protectionLevel: 'p."protectionLevel"',
  organization: 'p."organization"',
} as const;

/** A schedule item of the event with who and where (the timeline and the public exposure view). */
export interface TimelineItem {
  id: string;
  participantId: string;
  participantName: string;
  protectionLevel: ProtectionLevel;
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
  siteName: string | null;
  isPublic: boolean;
}

export type ParticipantListRow = ParticipantEntity & { linkExpiresAt: string | null };

export interface PurgeCandidate {
  id: string;
  endsAt: string;
  n: number;
}

/** A stored JSON column: text on either driver, parsed here. */
function parsedJson<T>(value: unknown): T | null {
  if (value == null) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Every raw SQL statement of participants, their schedules and links, and the retention purge. */
@Injectable()
export class ParticipantsQueries {
  constructor(private readonly sql: Sql) {}

  async keepsPartyAffiliation(eventId: string): Promise<boolean> {
    const row = await this.sql.get<{ keepsPartyAffiliation: unknown }>(
      'SELECT "keepsPartyAffiliation" FROM "events" WHERE "id" = ?',
      [eventId],
    );
    return Boolean(row?.keepsPartyAffiliation);
  }

  /**
   * One page of the list and the number of matches. The ids are sorted and paged through the
   * (eventId, fullName) index first, then only that page's wide rows are read, in the same order;
   * the link expiry is looked up for that page only.
   */
  async page(
    eventId: string,
    query: ParticipantListQuery,
  ): Promise<{ rows: ParticipantListRow[]; total: number }> {
    const where = ['p."eventId" = ?'];
    const params: unknown[] = [eventId];
    for (const [field, column] of Object.entries(EQUAL_COLUMNS)) {
      const value = query[field as keyof typeof EQUAL_COLUMNS];
      if (!value) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (query.q) {
      // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not
      where.push(
        `(LOWER(p."fullName") LIKE LOWER(?) ${LIKE_ESCAPE} OR LOWER(p."organization") LIKE LOWER(?) ${LIKE_ESCAPE}` +
          ` OR LOWER(p."email") LIKE LOWER(?) ${LIKE_ESCAPE})`,
      );
      params.push(...Array(3).fill(likeContains(query.q)));
    }
    if (query.day) {
      where.push(
        'EXISTS (SELECT 1 FROM "schedule_items" s WHERE s."participantId" = p."id" AND s."startsAt" < ? AND s."endsAt" > ?)',
      );
      params.push(query.dayEnd, query.dayStart);
    }
    const filter = where.join(' AND ');
    const [field, direction] = query.sort;
    const sort = SORT_COLUMNS[field] ?? SORT_COLUMNS['fullName'];
    const ascending = direction !== 'desc';
    const nulls = sort.nullable ? (ascending ? ' NULLS FIRST' : ' NULLS LAST') : '';
    const first = `${sort.column} ${ascending ? 'ASC' : 'DESC'}${nulls}`;
    const order = sort === SORT_COLUMNS['fullName'] ? first : `${first}, p."fullName" ASC`;
    const count = await this.sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS "n" FROM "participants" p WHERE ${filter}`,
      params,
    );
    const rows = await this.sql.all<ParticipantListRow & { emergencyContact: unknown }>(
      `SELECT p.*, (SELECT MAX(l."expiresAt") FROM "participant_links" l WHERE l."participantId" = p."id") AS "linkExpiresAt"
       FROM (SELECT p."id" FROM "participants" p WHERE ${filter} ORDER BY ${order} LIMIT ? OFFSET ?) "page"
       JOIN "participants" p ON p."id" = "page"."id"
       ORDER BY ${order}`,
      [...params, query.limit, query.offset],
    );
    return {
      rows: rows.map((row) => ({ ...row, emergencyContact: parsedJson(row.emergencyContact) })),
      total: Number(count?.n ?? 0),
    };
  }

  /** Name and contact details of everyone in the event, for the duplicate checks. */
  contactsOf(eventId: string): Promise<ExistingContact[]> {
    return this.sql.all<ExistingContact>(
      'SELECT "id", "fullName", "email", "phone" FROM "participants" WHERE "eventId" = ?',
      [eventId],
    );
  }

  async idsOf(eventId: string): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>('SELECT "id" FROM "participants" WHERE "eventId" = ?', [
      eventId,
    ]);
    return rows.map((row) => row.id);
  }

  linksOf(participantId: string): Promise<{ createdAt: string; expiresAt: string }[]> {
    return this.sql.all(
      'SELECT "createdAt", "expiresAt" FROM "participant_links" WHERE "participantId" = ?',
      [participantId],
    );
  }

  async linkExpiry(participantId: string): Promise<string | null> {
    const row = await this.sql.get<{ expiresAt: string | null }>(
      'SELECT MAX("expiresAt") AS "expiresAt" FROM "participant_links" WHERE "participantId" = ?',
      [participantId],
    );
    return row?.expiresAt ?? null;
  }

  linkByTokenHash(
    tokenHash: string,
  ): Promise<{ participantId: string; eventId: string; expiresAt: string } | undefined> {
    return this.sql.get(
      'SELECT "participantId", "eventId", "expiresAt" FROM "participant_links" WHERE "tokenHash" = ?',
      [tokenHash],
    );
  }

  /** Every schedule item of the event with who and where, by time; only public ones when asked. */
  async timeline(eventId: string, onlyPublic: boolean): Promise<TimelineItem[]> {
    const rows = await this.sql.all<Omit<TimelineItem, 'isPublic'> & { isPublic: unknown }>(
      `SELECT s."id", s."participantId", p."fullName" AS "participantName", p."protectionLevel", s."title", s."startsAt", s."endsAt",
              s."siteId", st."name" AS "siteName", s."isPublic"
       FROM "schedule_items" s JOIN "participants" p ON p."id" = s."participantId"
       LEFT JOIN "sites" st ON st."id" = s."siteId"
       WHERE s."eventId" = ?${onlyPublic ? ' AND s."isPublic" = ?' : ''}
       ORDER BY s."startsAt", st."name" NULLS FIRST, p."fullName"`,
      onlyPublic ? [eventId, true] : [eventId],
    );
    return rows.map((row) => ({ ...row, isPublic: Boolean(row.isPublic) }));
  }

  /** Events that ended before the cutoff and still have participants, with how many. */
  async purgeCandidates(cutoff: string): Promise<PurgeCandidate[]> {
    const rows = await this.sql.all<{ id: string; endsAt: string; n: number | string }>(
      `SELECT e."id", e."endsAt", COUNT(p."id") AS "n" FROM "events" e JOIN "participants" p ON p."eventId" = e."id"
       WHERE e."endsAt" < ? GROUP BY e."id", e."endsAt"`,
      [cutoff],
    );
    return rows.map((row) => ({ ...row, n: Number(row.n) }));
  }

  /** Erases every participant of the event; schedules and links go with them (cascade). */
  eraseParticipantsOf(eventId: string, manager?: EntityManager): Promise<void> {
    return this.sql.run('DELETE FROM "participants" WHERE "eventId" = ?', [eventId], manager);
  }

  /** Published revisions of events ended before the cutoff that froze the public schedule. */
  revisionsWithPublicScheduleBefore(cutoff: string): Promise<{ id: string; snapshot: string }[]> {
    return this.sql.all(
      `SELECT r."id", r."snapshot" FROM "risk_plan_revisions" r JOIN "events" e ON e."id" = r."eventId"
       WHERE e."endsAt" < ? AND r."includesPublicSchedule" = ?`,
      [cutoff, true],
    );
  }

  setRevisionSnapshot(revisionId: string, snapshot: string, manager?: EntityManager): Promise<void> {
    return this.sql.run(
      'UPDATE "risk_plan_revisions" SET "snapshot" = ? WHERE "id" = ?',
      [snapshot, revisionId],
      manager,
    );
  }
}
