import { inject, Injectable } from '@angular/core';
import {
  CommentCreate,
  CommentDto,
  CoordinatorRevisionDto,
  EventDto,
  Language,
  MAX_PAGE_SIZE,
  OrganizationCreate,
  OrganizationDto,
  Page,
  PartnerIncidentDto,
  PartnerIncidentEntryDto,
  ReviewCreate,
  ReviewDto,
  RevisionPublish,
  RevisionSummaryDto,
  RiskDto,
  ShareCreate,
  ShareDto,
  SharedPlanDto,
  SharedRevisionDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

/** The risk plan PDF of one shared revision, as the partner downloads it. */
export function sharedRiskPlanPdfUrl(shareId: string, revision: number, lang: Language): string {
  return `${apiPath('shared', shareId, 'revisions', revision, 'risk-plan.pdf')}?lang=${lang}`;
}

/** The partner's side of the API: shared plans, revisions, comments, reviews and the event's incidents. */
@Injectable({ providedIn: 'root' })
export class SharedPlansApi {
  private readonly api = inject(ApiClient);

  list(): Promise<Page<SharedPlanDto>> {
    return this.api.get<Page<SharedPlanDto>>(apiPath('shared'));
  }

  /** The revision with its whole register: the answer carries the first page, the rest is paged. */
  async revision(shareId: string, revision: number): Promise<SharedRevisionDto> {
    const answer = await this.api.get<SharedRevisionDto>(apiPath('shared', shareId, 'revisions', revision));
    if (!answer.risks || answer.risks.length >= answer.riskCount) return answer;
    const path = apiPath('shared', shareId, 'revisions', revision, 'risks');
    const offsets: number[] = [];
    for (let offset = answer.risks.length; offset < answer.riskCount; offset += MAX_PAGE_SIZE)
      offsets.push(offset);
    const pages = await Promise.all(
      offsets.map((offset) => this.api.get<Page<RiskDto>>(`${path}?offset=${offset}&limit=${MAX_PAGE_SIZE}`)),
    );
    return { ...answer, risks: [...answer.risks, ...pages.flatMap((page) => page.items)] };
  }

  comment(shareId: string, revision: number, body: CommentCreate): Promise<CommentDto> {
    return this.api.post<CommentDto>(apiPath('shared', shareId, 'revisions', revision, 'comments'), body);
  }

  review(shareId: string, revision: number, body: ReviewCreate): Promise<ReviewDto> {
    return this.api.post<ReviewDto>(apiPath('shared', shareId, 'revisions', revision, 'review'), body);
  }

  /** The event's incidents, as the share's scope lets the partner see them (404 without `incidents`). */
  incidents(shareId: string): Promise<PartnerIncidentDto[]> {
    return this.api.get<PartnerIncidentDto[]>(apiPath('shared', shareId, 'incidents'));
  }

  /** The partner's note on an incident's timeline. */
  addIncidentNote(shareId: string, incidentId: string, body: string): Promise<PartnerIncidentEntryDto> {
    return this.api.post<PartnerIncidentEntryDto>(
      apiPath('shared', shareId, 'incidents', incidentId, 'entries'),
      { body },
    );
  }
}

/** The coordinator's side: revisions, shares, threads and partner organisations. */
@Injectable({ providedIn: 'root' })
export class RiskPlanReviewApi {
  private readonly api = inject(ApiClient);

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  revisions(eventId: string): Promise<Page<RevisionSummaryDto>> {
    return this.api.get<Page<RevisionSummaryDto>>(apiPath('events', eventId, 'risk-plan', 'revisions'));
  }

  revision(eventId: string, revision: number): Promise<CoordinatorRevisionDto> {
    return this.api.get<CoordinatorRevisionDto>(
      apiPath('events', eventId, 'risk-plan', 'revisions', revision),
    );
  }

  publish(eventId: string, body: RevisionPublish): Promise<RevisionSummaryDto> {
    return this.api.post<RevisionSummaryDto>(apiPath('events', eventId, 'risk-plan', 'revisions'), body);
  }

  reply(eventId: string, revision: number, commentId: string, body: string): Promise<CommentDto> {
    return this.api.post<CommentDto>(
      apiPath('events', eventId, 'risk-plan', 'revisions', revision, 'comments', commentId, 'replies'),
      { body },
    );
  }

  setVisibility(eventId: string, revision: number, commentId: string, visibleToPartners: boolean) {
    return this.api.patch<CommentDto>(
      apiPath('events', eventId, 'risk-plan', 'revisions', revision, 'comments', commentId),
      { visibleToPartners },
    );
  }

  shares(eventId: string): Promise<Page<ShareDto>> {
    return this.api.get<Page<ShareDto>>(apiPath('events', eventId, 'shares'));
  }

  share(eventId: string, body: ShareCreate): Promise<ShareDto> {
    return this.api.post<ShareDto>(apiPath('events', eventId, 'shares'), body);
  }

  revoke(eventId: string, shareId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'shares', shareId));
  }

  organizations(): Promise<Page<OrganizationDto>> {
    return this.api.get<Page<OrganizationDto>>(apiPath('organizations'));
  }

  createOrganization(body: OrganizationCreate): Promise<OrganizationDto> {
    return this.api.post<OrganizationDto>(apiPath('organizations'), body);
  }
}
