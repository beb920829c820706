import { inject, Injectable } from '@angular/core';
import type { EventDto, Page } from '@tryggplan/shared/domain';
import { ApiClient, apiPath, QueryParams } from '@tryggplan/web/core';

/** One line of the audit log as `GET /api/audit` answers it. */
export interface AuditEntry {
  id: string;
  at: string;
  actorType: 'user' | 'link' | 'anonymous' | 'system';
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  eventId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditQuery {
  eventId?: string;
  subject?: string;
  limit: number;
  offset: number;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly api = inject(ApiClient);

  list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value)) as QueryParams;
    return this.api.get(apiPath('audit'), params);
  }

  events(): Promise<Page<EventDto>> {
    return this.api.get(apiPath('events'), { limit: 500 });
  }
}
