import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';

/** The user's marker on the event; feedback after it is new (no marker: all of it is new). */
const SEEN_JOIN = `LEFT JOIN "partner_feedback_seen" s ON s."eventId" = v."eventId" AND s."userId" = ?`;
const AFTER_SEEN = (column: string) => `(s."seenUpTo" IS NULL OR ${column} > s."seenUpTo")`;

/** Raw SQL of the per-user "seen up to" marker and the partner feedback that came after it. */
@Injectable()
export class PartnerFeedbackQueries {
  constructor(private readonly sql: Sql) {}

  /** New partner comments (threads' first comments: replies are the coordinators' own) per risk. */
  unreadCommentsByRisk(
    userId: string,
    eventId: string,
  ): Promise<{ riskId: string; count: number | string }[]> {
    return this.sql.all(
      `SELECT c."riskId" AS "riskId", COUNT(*) AS "count" FROM "review_comments" c
       JOIN "risk_plan_revisions" v ON v."id" = c."revisionId" ${SEEN_JOIN}
       WHERE v."eventId" = ? AND c."parentId" IS NULL AND ${AFTER_SEEN('c."createdAt"')}
       GROUP BY c."riskId"`,
      [userId, eventId],
    );
  }

  /** Review decisions made (or changed) after the marker. */
  async unreadDecisions(userId: string, eventId: string): Promise<number> {
    const row = await this.sql.get<{ count: number | string }>(
      `SELECT COUNT(*) AS "count" FROM "reviews" r
       JOIN "risk_plan_revisions" v ON v."id" = r."revisionId" ${SEEN_JOIN}
       WHERE v."eventId" = ? AND ${AFTER_SEEN('r."reviewedAt"')}`,
      [userId, eventId],
    );
    return Number(row?.count ?? 0);
  }

  /** Moves the marker to `seenUpTo`, never back (two tabs, two instances: the later time wins). */
  markSeen(userId: string, eventId: string, seenUpTo: string): Promise<void> {
    return this.sql.run(
      `INSERT INTO "partner_feedback_seen" ("userId", "eventId", "seenUpTo") VALUES (?, ?, ?)
       ON CONFLICT ("userId", "eventId") DO UPDATE SET "seenUpTo" = CASE
         WHEN "partner_feedback_seen"."seenUpTo" > excluded."seenUpTo" THEN "partner_feedback_seen"."seenUpTo"
         ELSE excluded."seenUpTo" END`,
      [userId, eventId, seenUpTo],
    );
  }

  async seenUpTo(userId: string, eventId: string): Promise<string | null> {
    const row = await this.sql.get<{ seenUpTo: string }>(
      'SELECT "seenUpTo" FROM "partner_feedback_seen" WHERE "userId" = ? AND "eventId" = ?',
      [userId, eventId],
    );
    return row?.seenUpTo ?? null;
  }
}
