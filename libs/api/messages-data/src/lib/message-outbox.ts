import { Inject, Injectable } from '@nestjs/common';
import { nowIso } from '@tryggplan/api/core';
import { Language, MessageChannel, MessageChannels, MessageKind } from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { MESSAGE_TRANSPORTS, MessageTransports } from './message-transport';
import { OutboxQueries } from './outbox.queries';
import { OutboxWorker } from './outbox-worker';

/** A message to put in the outbox, for one recipient. */
export interface OutboxMessage {
  /** The event it belongs to (its delivery log); null for what belongs to none (account invitations). */
  eventId: string | null;
  kind: MessageKind;
  /** E-mail unless said otherwise; the recipient is then an address, for SMS a number in E.164. */
  channel?: MessageChannel;
  recipient: string;
  /** Whom the log and the mail's To: name; no more than the recipient's own name. */
  recipientName?: string;
  participantId?: string | null;
  lang: Language;
  subject: string;
  text: string;
  html?: string;
}

/**
 * The one way to send a message: it is written to the outbox table and a worker (on whichever
 * instance claims it) delivers it, with retries. Messages for a channel that is switched off are
 * not queued: check `channels()` first and tell the user.
 */
@Injectable()
export class MessageOutbox {
  constructor(
    private readonly queries: OutboxQueries,
    private readonly worker: OutboxWorker,
    @Inject(MESSAGE_TRANSPORTS) private readonly transports: MessageTransports,
  ) {}

  channels(): MessageChannels {
    return { email: Boolean(this.transports.email), sms: Boolean(this.transports.sms) };
  }

  /** Queues one message; its id, or undefined when its channel is off. */
  async enqueue(message: OutboxMessage): Promise<string | undefined> {
    const [id] = await this.enqueueAll([message]);
    return id;
  }

  /** Queues messages and wakes the worker; the ids of those queued, in order. */
  async enqueueAll(messages: OutboxMessage[]): Promise<string[]> {
    const channels = this.channels();
    const rows = messages
      .filter((message) => channels[message.channel ?? 'email'])
      .map((message) => ({
        id: randomUUID(),
        eventId: message.eventId,
        kind: message.kind,
        channel: message.channel ?? 'email',
        recipient: message.recipient,
        recipientName: message.recipientName ?? '',
        participantId: message.participantId ?? null,
        lang: message.lang,
        subject: message.subject,
        body: message.text,
        html: message.html ?? null,
      }));
    if (rows.length === 0) return [];
    await this.queries.insert(rows, nowIso());
    this.worker.wake();
    return rows.map((row) => row.id);
  }
}
