import { inject, Injectable } from '@angular/core';
import type {
  CheckInCreate,
  CheckInDetailDto,
  CheckInDto,
  CheckInListDto,
  EventDto,
  Page,
  SiteDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath, EventStream, LiveState } from '@tryggplan/web/core';

/** The live log's entries about check-ins; each names the check-in, never a person. */
export const LIVE_CHECK_IN_EVENTS = ['check-in.created', 'check-in.answered', 'check-in.escalated'] as const;

/** The event's check-ins and what their pages list, over the API. */
@Injectable({ providedIn: 'root' })
export class CheckInsApi {
  private readonly api = inject(ApiClient);
  private readonly stream = inject(EventStream);

  list(eventId: string): Promise<CheckInListDto> {
    return this.api.get<CheckInListDto>(apiPath('events', eventId, 'check-ins'), { limit: 200 });
  }

  create(eventId: string, body: CheckInCreate): Promise<CheckInDto> {
    return this.api.post<CheckInDto>(apiPath('events', eventId, 'check-ins'), body);
  }

  detail(eventId: string, checkInId: string): Promise<CheckInDetailDto> {
    return this.api.get<CheckInDetailDto>(apiPath('events', eventId, 'check-ins', checkInId));
  }

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  async sites(eventId: string): Promise<SiteDto[]> {
    return (await this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'))).items;
  }

  /** Calls `changed` with the check-in's id whenever the live stream names one; until the returned function is called. */
  follow(
    eventId: string,
    changed: (checkInId: string) => void,
    handlers: { ready?(resumed: boolean): void; state?(state: LiveState): void } = {},
  ): () => void {
    return this.stream.listen(eventId, LIVE_CHECK_IN_EVENTS, {
      entry: (_type, data) => {
        const checkInId = checkInIdOf(data);
        if (checkInId) changed(checkInId);
      },
      ...handlers,
    });
  }
}

export function checkInIdOf(data: string): string | null {
  try {
    const value = JSON.parse(data) as { checkInId?: unknown };
    return typeof value.checkInId === 'string' ? value.checkInId : null;
  } catch {
    return null;
  }
}
