import { inject, Injectable } from '@angular/core';
import type {
  Page,
  RiskDto,
  SiteCreate,
  SiteDto,
  SitePlanDto,
  SitePlanPlacement,
  SiteUpdate,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

/** One appearance in the event's schedule, as `GET /api/events/:eventId/schedule` lists it. */
export interface ScheduleEntry {
  id: string;
  participantName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
}

/** The event's sites as a GeoJSON file, served by the API. */
export function sitesGeoJsonUrl(eventId: string): string {
  return `${apiPath('events', eventId, 'sites')}.geojson`;
}

export function sitePlanImageUrl(eventId: string, version: number): string {
  return `${apiPath('events', eventId, 'site-plan', 'image')}?v=${version}`;
}

/** Sites, their GeoJSON import, the site plan image, and what the popup shows about a site. */
@Injectable({ providedIn: 'root' })
export class SitesApi {
  private readonly api = inject(ApiClient);

  list(eventId: string): Promise<Page<SiteDto>> {
    return this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'));
  }

  create(eventId: string, body: SiteCreate): Promise<SiteDto> {
    return this.api.post<SiteDto>(apiPath('events', eventId, 'sites'), body);
  }

  update(eventId: string, siteId: string, body: SiteUpdate): Promise<SiteDto> {
    return this.api.patch<SiteDto>(apiPath('events', eventId, 'sites', siteId), body);
  }

  remove(eventId: string, siteId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'sites', siteId));
  }

  import(eventId: string, collection: unknown): Promise<Page<SiteDto>> {
    return this.api.post<Page<SiteDto>>(apiPath('events', eventId, 'sites', 'import'), collection);
  }

  risksAt(eventId: string, siteId: string): Promise<Page<RiskDto>> {
    return this.api.get<Page<RiskDto>>(apiPath('events', eventId, 'risks'), { siteId, limit: 100 });
  }

  schedule(eventId: string): Promise<ScheduleEntry[]> {
    return this.api.get<ScheduleEntry[]>(apiPath('events', eventId, 'schedule'));
  }

  sitePlan(eventId: string): Promise<SitePlanDto> {
    return this.api.get<SitePlanDto>(apiPath('events', eventId, 'site-plan'));
  }

  uploadSitePlan(eventId: string, file: File): Promise<SitePlanDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.post<SitePlanDto>(apiPath('events', eventId, 'site-plan'), form);
  }

  placeSitePlan(eventId: string, body: SitePlanPlacement): Promise<SitePlanDto> {
    return this.api.patch<SitePlanDto>(apiPath('events', eventId, 'site-plan'), body);
  }

  removeSitePlan(eventId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'site-plan'));
  }
}
