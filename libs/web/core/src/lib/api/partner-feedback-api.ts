import { inject, Injectable } from '@angular/core';
import type { PartnerFeedbackSeenDto, PartnerFeedbackUnreadDto } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from './api-client';

/** A coordinator's unread partner feedback on an event (shown as badges) and marking it seen. */
@Injectable({ providedIn: 'root' })
export class PartnerFeedbackApi {
  private readonly api = inject(ApiClient);

  unread(eventId: string): Promise<PartnerFeedbackUnreadDto> {
    return this.api.get<PartnerFeedbackUnreadDto>(apiPath('events', eventId, 'partner-feedback', 'unread'));
  }

  markSeen(eventId: string): Promise<PartnerFeedbackSeenDto> {
    return this.api.post<PartnerFeedbackSeenDto>(apiPath('events', eventId, 'partner-feedback', 'seen'), {});
  }
}
