import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Sql, SqlPart } from '../sql';
import { LiveSignal } from './live-signal';

/** One entry of an event's live log: what the board, the map and check-ins hear about. */
export interface LiveEvent {
  /** Increasing across the installation; a client resumes after it (`Last-Event-ID`). */
  seq: number;
  eventId: string;
  type: string;
  data: unknown;
  at: string;
}

export type LiveListener = (event: LiveEvent) => void;

interface LiveRow {
  seq: number | string;
  eventId: string;
  type: string;
  data: string;
  at: string;
}

const toLiveEvent = (row: LiveRow): LiveEvent => ({
  seq: Number(row.seq),
  eventId: row.eventId,
  type: row.type,
  data: JSON.parse(row.data),
  at: row.at,
});

/** The most a resuming or woken subscriber reads at once; the rest follows on the next read. */
const READ_LIMIT = 500;

/**
 * The one live-event channel: every entry is written to the database's log first, then a signal
 * wakes the subscribers of every instance (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL), who
 * read what is new from the log in order. So nothing is lost between instances, and a client that
 * was away resumes from the log. Publish after the write it tells of has committed.
 */
@Injectable()
export class LiveChannel {
  private readonly feeds = new Map<string, EventFeed>();

  constructor(
    private readonly sql: Sql,
    private readonly signal: LiveSignal,
  ) {
    signal.onWakeUp((eventId) => this.feeds.get(eventId)?.wake());
  }

  async publish(eventId: string, type: string, data: unknown): Promise<LiveEvent> {
    const event = await this.append(eventId, type, data);
    await this.wake(event);
    return event;
  }

  /** Writes an entry inside the transaction of the change it tells of; `wake` once that has committed. */
  async append(eventId: string, type: string, data: unknown, tx?: EntityManager): Promise<LiveEvent> {
    const row = await this.sql.get<LiveRow>(
      `INSERT INTO "live_events" ("eventId", "type", "data", "at") VALUES (?, ?, ?, ?)
       RETURNING "seq", "eventId", "type", "data", "at"`,
      [eventId, type, JSON.stringify(data), new Date().toISOString()],
      tx,
    );
    return toLiveEvent(row as LiveRow);
  }

  /**
   * The entry's insert as a part of a larger PostgreSQL statement that commits with the change it
   * tells of (see withParts), returning its "seq"; its data is SQL of that statement.
   */
  appendPart(eventId: string, type: string, data: SqlPart): SqlPart {
    return {
      sql: `INSERT INTO "live_events" ("eventId", "type", "data", "at") VALUES (?, ?, ${data.sql}, ?) RETURNING "seq"`,
      params: [eventId, type, ...data.params, new Date().toISOString()],
    };
  }

  /** Tells every instance's subscribers of a committed entry. */
  wake(event: Pick<LiveEvent, 'eventId' | 'seq'>): Promise<void> {
    return this.signal.notify(event.eventId, event.seq);
  }

  /** What the event's log holds after `afterSeq`, oldest first. */
  async since(eventId: string, afterSeq: number): Promise<LiveEvent[]> {
    const rows = await this.sql.all<LiveRow>(
      `SELECT "seq", "eventId", "type", "data", "at" FROM "live_events"
       WHERE "eventId" = ? AND "seq" > ? ORDER BY "seq" LIMIT ?`,
      [eventId, afterSeq, READ_LIMIT],
    );
    return rows.map(toLiveEvent);
  }

  /** The newest sequence number of the event's log, where a new subscriber without history starts. */
  async latest(eventId: string): Promise<number> {
    const row = await this.sql.get<{ seq: number | string | null }>(
      'SELECT MAX("seq") AS "seq" FROM "live_events" WHERE "eventId" = ?',
      [eventId],
    );
    return Number(row?.seq ?? 0);
  }

  /**
   * Hears every entry of the event after `afterSeq` (default: from now), in order, exactly once.
   * Returns the function that ends the subscription.
   */
  async subscribe(eventId: string, listener: LiveListener, afterSeq?: number): Promise<() => void> {
    const subscriber: Subscriber = { lastSeq: afterSeq ?? (await this.latest(eventId)), listener };
    let feed = this.feeds.get(eventId);
    if (!feed) this.feeds.set(eventId, (feed = new EventFeed(this, eventId)));
    feed.subscribers.add(subscriber);
    feed.wake();
    return () => {
      feed.subscribers.delete(subscriber);
      if (feed.subscribers.size === 0 && this.feeds.get(eventId) === feed) this.feeds.delete(eventId);
    };
  }
}

interface Subscriber {
  lastSeq: number;
  listener: LiveListener;
}

/**
 * The subscribers of one event on this instance, fed by one read of the log per wake-up (not one
 * per subscriber): it reads from the one furthest behind and hands each what it has not heard.
 * Reads are chained, so entries arrive in order, once each.
 */
class EventFeed {
  readonly subscribers = new Set<Subscriber>();
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly channel: LiveChannel,
    private readonly eventId: string,
  ) {}

  wake(): void {
    this.reading = this.reading.then(() => this.readNew()).catch(() => undefined);
  }

  private async readNew(): Promise<void> {
    for (;;) {
      if (this.subscribers.size === 0) return;
      const from = Math.min(...[...this.subscribers].map((subscriber) => subscriber.lastSeq));
      const events = await this.channel.since(this.eventId, from);
      for (const event of events) {
        for (const subscriber of this.subscribers) {
          if (event.seq <= subscriber.lastSeq) continue;
          subscriber.lastSeq = event.seq;
          subscriber.listener(event);
        }
      }
      if (events.length < READ_LIMIT) return;
    }
  }
}
