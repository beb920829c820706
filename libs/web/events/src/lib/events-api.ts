import { inject, Injectable } from '@angular/core';
import {
  EventCreate,
  EventDto,
  EventUpdate,
  Language,
  Page,
  SiteCreate,
  SiteDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';
import type { FolderFormat } from '@tryggplan/web/ui';

/** The coordinator's briefing folder for the whole event, as served by the API. */
export function briefingPdfUrl(eventId: string, lang: Language, format: FolderFormat = 'a4'): string {
  return `${apiPath('events', eventId, 'briefing.pdf')}?format=${format}&lang=${lang}`;
}

/** Every participant's personal folder in one ZIP. */
export function briefingsZipUrl(eventId: string, lang: Language, format: FolderFormat): string {
  return `${apiPath('events', eventId, 'briefings.zip')}?format=${format}&lang=${lang}`;
}

/** Events and their sites over the API. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly api = inject(ApiClient);

  list(): Promise<Page<EventDto>> {
    return this.api.get<Page<EventDto>>(apiPath('events'), { limit: 500 });
  }

  get(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  create(body: EventCreate): Promise<EventDto> {
    return this.api.post<EventDto>(apiPath('events'), body);
  }

  update(eventId: string, body: EventUpdate): Promise<EventDto> {
    return this.api.patch<EventDto>(apiPath('events', eventId), body);
  }

  remove(eventId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId));
  }

  sites(eventId: string): Promise<Page<SiteDto>> {
    return this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'));
  }

  createSite(eventId: string, body: SiteCreate): Promise<SiteDto> {
    return this.api.post<SiteDto>(apiPath('events', eventId, 'sites'), body);
  }

  removeSite(eventId: string, siteId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'sites', siteId));
  }
}
