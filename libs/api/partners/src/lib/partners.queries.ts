import { Injectable } from '@nestjs/common';
import { nowIso, Sql } from '@tryggplan/api/core';
import { ReviewDto } from '@tryggplan/shared/domain';
import { RevisionRow } from './revision-snapshot';

export interface CommentRow {
  id: string;
  parentId: string | null;
  riskId: string;
  organizationId: string;
  organizationName: string;
  authorName: string;
  body: string;
  visibleToPartners: boolean;
  createdAt: string;
}

export type ReviewRow = Omit<ReviewDto, 'revision'>;

export interface ShareRow {
  id: string;
  eventId: string;
  organizationId: string;
  scope: string;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  organizationName: string;
}

export type SharedEventRow = ShareRow & { eventName: string; eventStartsAt: string; eventEndsAt: string };

/** A live share as the partner's own reads check it. */
export type ShareAccessRow = Pick<
  ShareRow,
  'id' | 'eventId' | 'organizationId' | 'scope' | 'expiresAt' | 'revokedAt'
>;

const SUMMARY_COLUMNS =
  '"id", "eventId", "number", "note", "includesPublicSchedule", "riskCount", "publishedAt", "publishedBy"';
const COMMENT_SELECT = `SELECT c."id", c."parentId", c."riskId", c."organizationId", o."name" AS "organizationName",
  c."authorName", c."body", c."visibleToPartners", c."createdAt"
  FROM "review_comments" c JOIN "organizations" o ON o."id" = c."organizationId"`;
const REVIEW_SELECT = `SELECT r."id", r."organizationId", o."name" AS "organizationName", r."decision", r."comment",
  r."reviewerName", r."reviewedAt" FROM "reviews" r JOIN "organizations" o ON o."id" = r."organizationId"`;
const SHARE_SELECT = `SELECT s."id", s."eventId", s."organizationId", s."scope", s."expiresAt", s."revokedAt",
  s."createdAt", o."name" AS "organizationName" FROM "shares" s JOIN "organizations" o ON o."id" = s."organizationId"`;

/** Every raw SQL statement of partner sharing: revisions, shares, reviews and comment threads. */
@Injectable()
export class PartnersQueries {
  constructor(private readonly sql: Sql) {}

  // revisions

  revisionsOf(eventId: string): Promise<RevisionRow[]> {
    return this.sql.all<RevisionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM "risk_plan_revisions" WHERE "eventId" = ? ORDER BY "number" DESC`,
      [eventId],
    );
  }

  revision(eventId: string, revision: number): Promise<RevisionRow | undefined> {
    return this.sql.get<RevisionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM "risk_plan_revisions" WHERE "eventId" = ? AND "number" = ?`,
      [eventId, revision],
    );
  }

  async snapshotText(revisionId: string): Promise<string | null> {
    const row = await this.sql.get<{ snapshot: string }>(
      'SELECT "snapshot" FROM "risk_plan_revisions" WHERE "id" = ?',
      [revisionId],
    );
    return row?.snapshot ?? null;
  }

  // comments and reviews

  async comments(revisionId: string): Promise<CommentRow[]> {
    const rows = await this.sql.all<Omit<CommentRow, 'visibleToPartners'> & { visibleToPartners: unknown }>(
      `${COMMENT_SELECT} WHERE c."revisionId" = ? ORDER BY c."createdAt", c."id"`,
      [revisionId],
    );
    return rows.map((row) => ({ ...row, visibleToPartners: Boolean(row.visibleToPartners) }));
  }

  reviews(revisionId: string): Promise<ReviewRow[]> {
    return this.sql.all<ReviewRow>(`${REVIEW_SELECT} WHERE r."revisionId" = ? ORDER BY o."name"`, [
      revisionId,
    ]);
  }

  review(revisionId: string, organizationId: string): Promise<ReviewRow | undefined> {
    return this.sql.get<ReviewRow>(`${REVIEW_SELECT} WHERE r."revisionId" = ? AND r."organizationId" = ?`, [
      revisionId,
      organizationId,
    ]);
  }

  /** The highest revision number of the event the organisation reviewed, below a number. */
  async lastReviewed(eventId: string, organizationId: string, below: number): Promise<number | null> {
    const row = await this.sql.get<{ n: number | string | null }>(
      `SELECT MAX(v."number") AS "n" FROM "reviews" r JOIN "risk_plan_revisions" v ON v."id" = r."revisionId"
       WHERE v."eventId" = ? AND r."organizationId" = ? AND v."number" < ?`,
      [eventId, organizationId, below],
    );
    return row?.n == null ? null : Number(row.n);
  }

  // shares

  sharesOf(eventId: string): Promise<ShareRow[]> {
    return this.sql.all<ShareRow>(
      `${SHARE_SELECT} WHERE s."eventId" = ? ORDER BY o."name", s."createdAt" DESC`,
      [eventId],
    );
  }

  share(eventId: string, shareId: string): Promise<ShareRow | undefined> {
    return this.sql.get<ShareRow>(`${SHARE_SELECT} WHERE s."eventId" = ? AND s."id" = ?`, [eventId, shareId]);
  }

  async organizationOf(userId: string): Promise<string | null> {
    const row = await this.sql.get<{ organizationId: string | null }>(
      'SELECT "organizationId" FROM "users" WHERE "id" = ?',
      [userId],
    );
    return row?.organizationId ?? null;
  }

  /** Unrevoked, unexpired shares of the organisation with their events, by event start, newest share first. */
  liveSharesOfOrganization(organizationId: string): Promise<SharedEventRow[]> {
    return this.sql.all<SharedEventRow>(
      `SELECT s."id", s."eventId", s."organizationId", s."scope", s."expiresAt", s."revokedAt", s."createdAt",
         '' AS "organizationName", e."name" AS "eventName", e."startsAt" AS "eventStartsAt", e."endsAt" AS "eventEndsAt"
       FROM "shares" s JOIN "events" e ON e."id" = s."eventId"
       WHERE s."organizationId" = ? AND s."revokedAt" IS NULL AND s."expiresAt" > ?
       ORDER BY e."startsAt", s."eventId", s."createdAt" DESC`,
      [organizationId, nowIso()],
    );
  }

  /** The share if it belongs to the user's organisation, live or not. */
  shareOfUser(shareId: string, userId: string): Promise<ShareAccessRow | undefined> {
    return this.sql.get<ShareAccessRow>(
      `SELECT s."id", s."eventId", s."organizationId", s."scope", s."expiresAt", s."revokedAt"
       FROM "shares" s JOIN "users" u ON u."organizationId" = s."organizationId" WHERE s."id" = ? AND u."id" = ?`,
      [shareId, userId],
    );
  }

  async liveOrganizationIds(eventId: string): Promise<string[]> {
    const rows = await this.sql.all<{ organizationId: string }>(
      `SELECT DISTINCT "organizationId" FROM "shares" WHERE "eventId" = ? AND "revokedAt" IS NULL AND "expiresAt" > ?`,
      [eventId, nowIso()],
    );
    return rows.map((row) => row.organizationId);
  }
}
