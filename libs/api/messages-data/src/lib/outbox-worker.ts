import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { nowIso } from '@tryggplan/api/core';
import { MAX_DELIVERY_ATTEMPTS } from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { MESSAGE_TRANSPORTS, MessageTransports } from './message-transport';
import { OutboxQueries, OutboxRow } from './outbox.queries';

/** How often every instance looks for due messages (others' enqueues, retries falling due). */
const POLL_MS = 5_000;
/** How long a claim holds: longer than any SMTP or SMS attempt may take (their timeouts are shorter). */
const CLAIM_MS = 2 * 60_000;
const BATCH = 10;
const MAX_ERROR_LENGTH = 500;

/** Wait before attempt n + 1 after n failed ones: 30 s, 1 min, 2 min, 4 min, … at most 30 min. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 30 * 60_000);
}

/**
 * Sends what the outbox holds. Every instance runs one; rows are claimed in the database, so each
 * message goes out once. It wakes on an enqueue in this process and polls the table for the rest.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxWorker.name);
  /** This process, as a claimer of rows. */
  private readonly holder = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wakeAgain = false;
  private stopped = false;

  constructor(
    private readonly queries: OutboxQueries,
    @Inject(MESSAGE_TRANSPORTS) private readonly transports: MessageTransports,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.transports.email && !this.transports.sms) return;
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await Promise.all(Object.values(this.transports).map((transport) => transport?.close()));
  }

  /** Starts a round of sending unless one runs; then another round follows it. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`outbox round failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Sends every due message it can claim, batch by batch; how many it handled. */
  async drain(): Promise<number> {
    let handled = 0;
    while (!this.stopped) {
      const now = nowIso();
      const batch = await this.queries.claim(
        this.holder,
        now,
        new Date(Date.now() + CLAIM_MS).toISOString(),
        BATCH,
      );
      if (batch.length === 0) break;
      for (const row of batch) await this.deliver(row);
      handled += batch.length;
    }
    return handled;
  }

  /** Resolves when the round in progress (if any) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const transport = this.transports[row.channel];
    const attempts = Number(row.attempts);
    try {
      if (!transport) throw new Error(`${row.channel} is switched off`);
      if (row.body === null) throw new Error('the message body is gone');
      await transport.send({
        recipient: row.recipient,
        recipientName: row.recipientName,
        subject: row.subject,
        text: row.body,
        html: row.html,
      });
      await this.queries.markSent(row.id, this.holder, nowIso());
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
      const retry = transport && row.body !== null && attempts < MAX_DELIVERY_ATTEMPTS;
      await this.queries.markFailed(
        row.id,
        this.holder,
        reason,
        nowIso(),
        retry ? new Date(Date.now() + retryDelayMs(attempts)).toISOString() : null,
      );
    }
  }
}
