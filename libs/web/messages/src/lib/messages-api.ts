import { inject, Injectable } from '@angular/core';
import type { DeliveryLog, Page, ParticipantDto, ParticipantLinksSendResult } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

/** Sending personal links and the event's delivery log, over the API. */
@Injectable({ providedIn: 'root' })
export class MessagesApi {
  private readonly api = inject(ApiClient);

  deliveries(eventId: string, offset: number, limit: number): Promise<DeliveryLog> {
    return this.api.get<DeliveryLog>(apiPath('events', eventId, 'deliveries'), { offset, limit });
  }

  /** Everyone when no ids are given; each person reached gets a new link in place of the old one. */
  sendLinks(eventId: string, participantIds?: string[]): Promise<ParticipantLinksSendResult> {
    return this.api.post<ParticipantLinksSendResult>(
      apiPath('events', eventId, 'participant-links', 'send'),
      participantIds ? { participantIds } : {},
    );
  }

  /** How many people the event has, for the confirmation. */
  async participantCount(eventId: string): Promise<number> {
    const page = await this.api.get<Page<ParticipantDto>>(apiPath('events', eventId, 'participants'), {
      limit: 1,
    });
    return page.total;
  }
}
