import { EventEmitter } from 'node:events';
import { Client } from 'pg';

/** What a new entry in the live-event log says to every instance: look in the log of this event. */
export type LiveWakeUp = (eventId: string, seq: number) => void;

/**
 * How the instances tell each other that the live-event log grew. The log in the database is the
 * truth; a signal only wakes subscribers, so a lost signal delays nothing past the next one.
 */
export abstract class LiveSignal {
  abstract notify(eventId: string, seq: number): Promise<void>;
  abstract onWakeUp(listener: LiveWakeUp): void;
  abstract close(): Promise<void>;
}

/** One process on one SQLite file: every subscriber lives in this process. */
export class InProcessSignal extends LiveSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async notify(eventId: string, seq: number): Promise<void> {
    this.emitter.emit('wake', eventId, seq);
  }

  onWakeUp(listener: LiveWakeUp): void {
    this.emitter.on('wake', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

export const LIVE_CHANNEL_NAME = 'tryggplan_live';

/**
 * PostgreSQL LISTEN/NOTIFY across instances: one long-lived client of its own, outside the pool
 * (a pooled connection would lose its LISTEN when handed back). It reconnects after a drop.
 */
export class PostgresSignal extends LiveSignal {
  private client: Client | null = null;
  private readonly listeners: LiveWakeUp[] = [];
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly notifyThroughPool: (channel: string, payload: string) => Promise<void>,
  ) {
    super();
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      const [eventId, seq] = (message.payload ?? '').split(' ');
      if (eventId && seq) for (const listener of this.listeners) listener(eventId, Number(seq));
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL_NAME}`);
    this.client = client;
  }

  private reconnect(broken: Client): void {
    if (this.closed || this.client !== broken) return;
    this.client = null;
    this.retry();
  }

  private retry(): void {
    if (this.closed) return;
    setTimeout(() => void this.start().catch(() => this.retry()), 1000).unref();
  }

  notify(eventId: string, seq: number): Promise<void> {
    return this.notifyThroughPool(LIVE_CHANNEL_NAME, `${eventId} ${seq}`);
  }

  onWakeUp(listener: LiveWakeUp): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}
