import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor } from '@tryggplan/api/core';
import { DeliveryListQuery, DeliveryLog } from '@tryggplan/shared/domain';
import { MessageOutbox } from './message-outbox';
import { OutboxQueries } from './outbox.queries';

/** An event's delivery log: who was sent what, and how it went. Names and addresses: every read is audited. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly queries: OutboxQueries,
    private readonly outbox: MessageOutbox,
    private readonly audit: AuditService,
  ) {}

  async log(actor: Actor, eventId: string, query: DeliveryListQuery): Promise<DeliveryLog> {
    const [items, total] = await Promise.all([
      this.queries.deliveries(eventId, query.limit, query.offset),
      this.queries.deliveryCount(eventId),
    ]);
    await this.audit.record(actor, {
      action: 'deliveries.read',
      eventId,
      subjectType: 'deliveries',
      details: { count: items.length },
    });
    return { items, total, channels: this.outbox.channels() };
  }
}
