import { inject, Injectable } from '@angular/core';
import type {
  EventDto,
  OnDutyDto,
  Page,
  SiteDto,
  StaffCreate,
  StaffMemberDto,
  StaffUpdate,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

/** The event's security organisation and the posts its shifts can name, over the API. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly api = inject(ApiClient);

  list(eventId: string): Promise<StaffMemberDto[]> {
    return this.api.get<StaffMemberDto[]>(apiPath('events', eventId, 'staff'));
  }

  create(eventId: string, body: StaffCreate): Promise<StaffMemberDto> {
    return this.api.post<StaffMemberDto>(apiPath('events', eventId, 'staff'), body);
  }

  update(eventId: string, staffId: string, body: StaffUpdate): Promise<StaffMemberDto> {
    return this.api.patch<StaffMemberDto>(apiPath('events', eventId, 'staff', staffId), body);
  }

  remove(eventId: string, staffId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'staff', staffId));
  }

  onDuty(eventId: string): Promise<OnDutyDto> {
    return this.api.get<OnDutyDto>(apiPath('events', eventId, 'on-duty'));
  }

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  async sites(eventId: string): Promise<SiteDto[]> {
    return (await this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'))).items;
  }
}
