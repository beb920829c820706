import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Contact,
  DeliveryLog,
  EventDto,
  Language,
  LatLng,
  MessageChannels,
  Page,
  ParticipantCreate,
  ParticipantDto,
  ParticipantLinksSendResult,
  ParticipantRole,
  StaffRole,
  ParticipantUpdate,
  ProtectionLevel,
  RiskDto,
  ScheduleItemCreate,
  ScheduleItemDto,
  ScheduleItemUpdate,
  SiteDto,
  SiteKind,
  Translated,
} from '@tryggplan/shared/domain';
import { MAX_PAGE_SIZE } from '@tryggplan/shared/domain';
import { ApiClient, apiPath, QueryParams } from '@tryggplan/web/core';
import type { FolderFormat } from '@tryggplan/web/ui';
import { firstValueFrom } from 'rxjs';
import type { SiteRisk } from './timeline-grouping';

export interface ParticipantListQuery {
  limit: number;
  offset: number;
  sort: string;
  role?: ParticipantRole | '';
  protectionLevel?: ProtectionLevel | '';
  organization?: string;
  q?: string;
  day?: string;
}

export interface PersonalLink {
  participantId: string;
  url: string;
  expiresAt: string;
}

/** One schedule item of the event with who and where (`/schedule`, `/public-appearances`). */
export interface TimelineItem {
  id: string;
  participantId: string;
  participantName: string;
  protectionLevel: ProtectionLevel;
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
  siteName: string | null;
  isPublic: boolean;
}

export type ImportAction = 'new' | 'changed' | 'unchanged';

/** A row of the dry run: the person as the import will save them, and what it does. */
export type ImportPreviewRow = ParticipantCreate & {
  row: number;
  action: ImportAction;
  changedFields: string[];
};

export interface ImportCheck {
  dryRun: boolean;
  total: number;
  counts: Record<ImportAction, number>;
  columns: Record<string, string | null>;
  preview?: ImportPreviewRow[];
}

interface SiteSummary {
  id: string;
  kind: SiteKind;
  name: string;
  address: string;
  geometry: unknown;
}

/** What `GET /api/p/:token` answers: one person's own data and the event's general part. */
export interface OwnPage {
  participant: { fullName: string; role: ParticipantRole; organization: string };
  event: {
    name: string;
    startsAt: string;
    endsAt: string;
    timezone: string;
    locationName: string;
    center: LatLng;
    zoom: number;
    contacts: Contact[];
    /** When the server erases the person's data; the phone's offline copy goes then too (absent in older copies). */
    personalDataPurgeAt?: string;
  };
  schedule: {
    title: string;
    startsAt: string;
    endsAt: string;
    isPublic: boolean;
    site: SiteSummary | null;
  }[];
  accommodation: SiteSummary | null;
  /** What to do if threatened: the event's action plan steps for the person, as in the folder. */
  threatenedSteps: Translated[];
  keySites: SiteSummary[];
  /** The security organisation's coordinators, liaison and first aid on duty during the stay (missing in older copies). */
  staffContacts?: { fullName: string; role: StaffRole; phone: string }[];
}

/** The participant's own folder through their link (served by the briefing feature). */
export function ownBriefingUrl(token: string, format: FolderFormat, lang: Language): string {
  return `${apiPath('p', token, 'briefing.pdf')}?format=${format}&lang=${lang}`;
}

/** A participant's personal folder as the coordinator downloads it (posted: with a new link's QR code). */
export function participantBriefingUrl(
  eventId: string,
  participantId: string,
  format: FolderFormat,
  lang: Language,
): string {
  return `${apiPath('events', eventId, 'participants', participantId, 'briefing.pdf')}?format=${format}&lang=${lang}`;
}

export function participantsExportUrl(eventId: string, kind: 'csv' | 'xlsx', lang: Language): string {
  return `${apiPath('events', eventId, `participants.${kind}`)}?lang=${lang}`;
}

/** An empty file with the column headers an import reads, in the user's language. */
export function participantsTemplateUrl(eventId: string, kind: 'csv' | 'xlsx', lang: Language): string {
  return `${apiPath('events', eventId, `participants-template.${kind}`)}?lang=${lang}`;
}

function withoutEmpty(query: ParticipantListQuery): QueryParams {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as QueryParams;
}

/** Participants, their schedules and personal links over the API. */
@Injectable({ providedIn: 'root' })
export class ParticipantsApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  sites(eventId: string): Promise<Page<SiteDto>> {
    return this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'));
  }

  list(eventId: string, query: ParticipantListQuery): Promise<Page<ParticipantDto>> {
    return this.api.get(apiPath('events', eventId, 'participants'), withoutEmpty(query));
  }

  get(eventId: string, participantId: string): Promise<ParticipantDto> {
    return this.api.get(apiPath('events', eventId, 'participants', participantId));
  }

  create(eventId: string, body: ParticipantCreate): Promise<ParticipantDto> {
    return this.api.post(apiPath('events', eventId, 'participants'), body);
  }

  update(eventId: string, participantId: string, body: ParticipantUpdate): Promise<ParticipantDto> {
    return this.api.patch(apiPath('events', eventId, 'participants', participantId), body);
  }

  erase(eventId: string, participantId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'participants', participantId));
  }

  exportPerson(eventId: string, participantId: string): Promise<unknown> {
    return this.api.get(apiPath('events', eventId, 'participants', participantId, 'export'));
  }

  schedule(eventId: string, participantId: string): Promise<ScheduleItemDto[]> {
    return this.api.get(apiPath('events', eventId, 'participants', participantId, 'schedule'));
  }

  createItem(eventId: string, participantId: string, body: ScheduleItemCreate): Promise<ScheduleItemDto> {
    return this.api.post(apiPath('events', eventId, 'participants', participantId, 'schedule'), body);
  }

  updateItem(
    eventId: string,
    participantId: string,
    itemId: string,
    body: ScheduleItemUpdate,
  ): Promise<ScheduleItemDto> {
    return this.api.patch(
      apiPath('events', eventId, 'participants', participantId, 'schedule', itemId),
      body,
    );
  }

  removeItem(eventId: string, participantId: string, itemId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'participants', participantId, 'schedule', itemId));
  }

  createLink(eventId: string, participantId: string): Promise<PersonalLink> {
    return this.api.post(apiPath('events', eventId, 'participants', participantId, 'link'), {});
  }

  /** E-mails (or texts) the person a new link of their own; their old link stops working. */
  sendLink(eventId: string, participantId: string): Promise<ParticipantLinksSendResult> {
    return this.api.post(apiPath('events', eventId, 'participant-links', 'send'), {
      participantIds: [participantId],
    });
  }

  /** Whether e-mail and SMS are on, as the delivery log tells. */
  async messageChannels(eventId: string): Promise<MessageChannels> {
    const log = await this.api.get<DeliveryLog>(apiPath('events', eventId, 'deliveries'), { limit: 1 });
    return log.channels;
  }

  revokeLink(eventId: string, participantId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'participants', participantId, 'link'));
  }

  createLinksForAll(eventId: string): Promise<PersonalLink[]> {
    return this.api.post(apiPath('events', eventId, 'participant-links'), {});
  }

  timeline(eventId: string): Promise<TimelineItem[]> {
    return this.api.get(apiPath('events', eventId, 'schedule'));
  }

  publicAppearances(eventId: string): Promise<TimelineItem[]> {
    return this.api.get(apiPath('events', eventId, 'public-appearances'));
  }

  /** The register's risks with their sites, for what the exposure view says about each place. */
  async siteRisks(eventId: string): Promise<SiteRisk[]> {
    const page = await this.api.get<Page<RiskDto>>(apiPath('events', eventId, 'risks'), {
      limit: MAX_PAGE_SIZE,
    });
    return page.items.map(({ id, title, level, siteIds }) => ({ id, title, level, siteIds }));
  }

  /** Checks (dryRun) or imports a CSV/XLSX file with the chosen column mapping. */
  import(
    eventId: string,
    file: File,
    mapping: Record<string, string>,
    dryRun: boolean,
  ): Promise<ImportCheck> {
    const form = new FormData();
    form.append('mapping', JSON.stringify(mapping));
    form.append('file', file, file.name);
    return firstValueFrom(
      this.http.post<ImportCheck>(apiPath('events', eventId, 'participants', 'import'), form, {
        params: { dryRun: String(dryRun) },
      }),
    );
  }

  ownPage(token: string): Promise<OwnPage> {
    return this.api.get(apiPath('p', token));
  }

  /** Whether the server answers now: the own page may have come from the service worker's cache. */
  async reachable(): Promise<boolean> {
    try {
      await this.api.get(apiPath('health'));
      return true;
    } catch {
      return false;
    }
  }
}
