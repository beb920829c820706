import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActionPlanDto,
  ActionPlanUpdate,
  EventDto,
  IncidentBoardDto,
  IncidentCreate,
  IncidentDetailDto,
  IncidentDto,
  IncidentEntryDto,
  IncidentUpdate,
  MemberDto,
  OnDutyDto,
  Page,
  ParticipantDto,
  RiskDto,
  SiteDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath, QueryParams } from '@tryggplan/web/core';
import { firstValueFrom } from 'rxjs';

/** The event's incident log, its action plan and what their pickers list, over the API. */
@Injectable({ providedIn: 'root' })
export class IncidentsApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  board(eventId: string, query: QueryParams): Promise<IncidentBoardDto> {
    return this.api.get<IncidentBoardDto>(apiPath('events', eventId, 'incidents'), query);
  }

  create(eventId: string, body: IncidentCreate): Promise<IncidentDto> {
    return this.api.post<IncidentDto>(apiPath('events', eventId, 'incidents'), body);
  }

  detail(eventId: string, incidentId: string): Promise<IncidentDetailDto> {
    return this.api.get<IncidentDetailDto>(apiPath('events', eventId, 'incidents', incidentId));
  }

  update(eventId: string, incidentId: string, body: IncidentUpdate): Promise<IncidentDto> {
    return this.api.patch<IncidentDto>(apiPath('events', eventId, 'incidents', incidentId), body);
  }

  addNote(eventId: string, incidentId: string, body: string): Promise<IncidentEntryDto> {
    return this.api.post<IncidentEntryDto>(apiPath('events', eventId, 'incidents', incidentId, 'entries'), {
      body,
    });
  }

  strike(eventId: string, incidentId: string, entryId: string, reason: string): Promise<IncidentEntryDto> {
    return this.api.post<IncidentEntryDto>(
      apiPath('events', eventId, 'incidents', incidentId, 'entries', entryId, 'strike'),
      { reason },
    );
  }

  tick(
    eventId: string,
    incidentId: string,
    stepId: string,
    done: boolean,
    version: number,
  ): Promise<IncidentDto> {
    return this.api.post<IncidentDto>(
      apiPath('events', eventId, 'incidents', incidentId, 'checklist', stepId),
      {
        done,
        version,
      },
    );
  }

  actionPlan(eventId: string): Promise<ActionPlanDto> {
    return this.api.get<ActionPlanDto>(apiPath('events', eventId, 'action-plan'));
  }

  saveActionPlan(eventId: string, body: ActionPlanUpdate): Promise<ActionPlanDto> {
    return firstValueFrom(this.http.put<ActionPlanDto>(apiPath('events', eventId, 'action-plan'), body));
  }

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  async sites(eventId: string): Promise<SiteDto[]> {
    return (await this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'))).items;
  }

  /** The staff on duty now, offered as assignees beside the members. */
  onDuty(eventId: string): Promise<OnDutyDto> {
    return this.api.get<OnDutyDto>(apiPath('events', eventId, 'on-duty'));
  }

  /** The event's members, for "ansvarig" (assignee). */
  members(eventId: string): Promise<MemberDto[]> {
    return this.api.get<MemberDto[]>(apiPath('events', eventId, 'members'));
  }

  async participants(eventId: string): Promise<ParticipantDto[]> {
    const page = await this.api.get<Page<ParticipantDto>>(apiPath('events', eventId, 'participants'), {
      limit: 500,
    });
    return page.items;
  }

  async risks(eventId: string): Promise<RiskDto[]> {
    return (await this.api.get<Page<RiskDto>>(apiPath('events', eventId, 'risks'), { limit: 500 })).items;
  }
}
