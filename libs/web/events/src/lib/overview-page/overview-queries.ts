import { inject, Injectable } from '@angular/core';
import {
  MAX_PAGE_SIZE,
  Page,
  ParticipantDto,
  PartnerFeedbackUnreadDto,
  RiskDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath, PartnerFeedbackApi } from '@tryggplan/web/core';

/** What the overview reads of an event: its risks, its participants and the unread partner feedback. */
@Injectable({ providedIn: 'root' })
export class OverviewQueries {
  private readonly api = inject(ApiClient);
  private readonly feedback = inject(PartnerFeedbackApi);

  risks(eventId: string): Promise<Page<RiskDto>> {
    return this.api.get<Page<RiskDto>>(apiPath('events', eventId, 'risks'), { limit: MAX_PAGE_SIZE });
  }

  participants(eventId: string): Promise<Page<ParticipantDto>> {
    return this.api.get<Page<ParticipantDto>>(apiPath('events', eventId, 'participants'), {
      limit: MAX_PAGE_SIZE,
    });
  }

  unread(eventId: string): Promise<PartnerFeedbackUnreadDto> {
    return this.feedback.unread(eventId);
  }
}
