import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { Delivery, DeliveryStatus, Language, MessageChannel, MessageKind } from '@tryggplan/shared/domain';

/** A row of `messages` as the worker claims it: the delivery and the body still to send. */
export interface OutboxRow {
  id: string;
  eventId: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string;
  recipientName: string;
  participantId: string | null;
  lang: Language;
  subject: string;
  body: string | null;
  html: string | null;
  status: DeliveryStatus;
  attempts: number | string;
  lastError: string | null;
  nextAttemptAt: string | null;
  claimedBy: string | null;
  claimedUntil: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewOutboxRow = Pick<
  OutboxRow,
  | 'id'
  | 'eventId'
  | 'kind'
  | 'channel'
  | 'recipient'
  | 'recipientName'
  | 'participantId'
  | 'lang'
  | 'subject'
  | 'body'
  | 'html'
>;

const DELIVERY_COLUMNS = `"id", "eventId", "kind", "channel", "recipient", "recipientName", "participantId",
  "status", "attempts", "lastError", "createdAt", "updatedAt", "nextAttemptAt", "sentAt"`;

const toDelivery = (row: Omit<Delivery, 'attempts'> & { attempts: number | string }): Delivery => ({
  ...row,
  attempts: Number(row.attempts),
});

/** The outbox table: enqueue, claim atomically across instances, settle, and the delivery log. */
@Injectable()
export class OutboxQueries {
  constructor(private readonly sql: Sql) {}

  async insert(rows: NewOutboxRow[], at: string): Promise<void> {
    for (const row of rows) {
      await this.sql.run(
        `INSERT INTO "messages" ("id", "eventId", "kind", "channel", "recipient", "recipientName", "participantId",
           "lang", "subject", "body", "html", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)`,
        [
          row.id,
          row.eventId,
          row.kind,
          row.channel,
          row.recipient,
          row.recipientName,
          row.participantId,
          row.lang,
          row.subject,
          row.body,
          row.html,
          at,
          at,
          at,
        ],
      );
    }
  }

  /**
   * Takes up to `limit` due messages for `holder` until `until`: queued ones whose time has come, and
   * sending ones whose claim ran out (their sender died). The outer WHERE is checked again on each
   * row as it is updated, so two instances never both take a row, on SQLite or PostgreSQL.
   */
  claim(holder: string, now: string, until: string, limit: number): Promise<OutboxRow[]> {
    const due = `(("status" = 'queued' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "claimedUntil" < ?))`;
    return this.sql.all<OutboxRow>(
      `UPDATE "messages"
         SET "status" = 'sending', "claimedBy" = ?, "claimedUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = ?
       WHERE "id" IN (SELECT "id" FROM "messages" WHERE ${due} ORDER BY "nextAttemptAt" LIMIT ?)
         AND ${due}
       RETURNING *`,
      [holder, until, now, now, now, limit, now, now],
    );
  }

  /** Sent: the body goes, the delivery stays in the log. */
  async markSent(id: string, holder: string, at: string): Promise<void> {
    await this.sql.run(
      `UPDATE "messages" SET "status" = 'sent', "sentAt" = ?, "updatedAt" = ?, "body" = NULL, "html" = NULL,
         "lastError" = NULL, "claimedBy" = NULL, "claimedUntil" = NULL, "nextAttemptAt" = NULL
       WHERE "id" = ? AND "claimedBy" = ?`,
      [at, at, id, holder],
    );
  }

  /** Failed this time: queued again for `retryAt`, or failed for good (and the body erased) without one. */
  async markFailed(
    id: string,
    holder: string,
    error: string,
    at: string,
    retryAt: string | null,
  ): Promise<void> {
    await this.sql.run(
      retryAt
        ? `UPDATE "messages" SET "status" = 'queued', "lastError" = ?, "updatedAt" = ?, "nextAttemptAt" = ?,
             "claimedBy" = NULL, "claimedUntil" = NULL
           WHERE "id" = ? AND "claimedBy" = ?`
        : `UPDATE "messages" SET "status" = 'failed', "lastError" = ?, "updatedAt" = ?, "nextAttemptAt" = ?,
             "body" = NULL, "html" = NULL, "claimedBy" = NULL, "claimedUntil" = NULL
           WHERE "id" = ? AND "claimedBy" = ?`,
      [error, at, retryAt, id, holder],
    );
  }

  /** The soonest time a queued message falls due, to know whether to look again soon. */
  async nextDue(): Promise<string | undefined> {
    const row = await this.sql.get<{ at: string | null }>(
      `SELECT MIN("nextAttemptAt") AS "at" FROM "messages" WHERE "status" = 'queued'`,
    );
    return row?.at ?? undefined;
  }

  async deliveries(eventId: string, limit: number, offset: number): Promise<Delivery[]> {
    const rows = await this.sql.all<Omit<Delivery, 'attempts'> & { attempts: number | string }>(
      `SELECT ${DELIVERY_COLUMNS} FROM "messages" WHERE "eventId" = ?
       ORDER BY "createdAt" DESC, "recipientName", "id" LIMIT ? OFFSET ?`,
      [eventId, limit, offset],
    );
    return rows.map(toDelivery);
  }

  async deliveryCount(eventId: string): Promise<number> {
    const row = await this.sql.get<{ n: number | string }>(
      'SELECT COUNT(*) AS "n" FROM "messages" WHERE "eventId" = ?',
      [eventId],
    );
    return Number(row?.n ?? 0);
  }
}
