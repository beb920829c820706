import { inject, Injectable } from '@angular/core';
import {
  EventDto,
  Language,
  MatrixCell,
  Page,
  RiskChangeDto,
  RiskCreate,
  RiskDto,
  RiskLevel,
  RiskUpdate,
  SiteDto,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath, QueryParams } from '@tryggplan/web/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

export type MatrixBasis = 'inherent' | 'residual';

export interface RiskPage extends Page<RiskDto> {
  countsByLevel: Record<RiskLevel, number>;
}

export interface RiskMatrix {
  basis: MatrixBasis;
  total: number;
  unassessed: number;
  cells: MatrixCell[][];
}

export interface ImportPreview {
  dryRun: true;
  total: number;
  preview: RiskCreate[];
}

export interface ImportResult {
  dryRun: false;
  total: number;
  created: string[];
}

/** A download link of the event's register (CSV) or risk plan (PDF), served by the API. */
export function riskDownloadUrl(eventId: string, file: 'csv' | 'pdf', lang: Language): string {
  const name = file === 'csv' ? `risks.csv` : `risk-plan.pdf`;
  return `${apiPath('events', eventId, name)}?lang=${lang}`;
}

/** The risk register of one event over the API. */
@Injectable({ providedIn: 'root' })
export class RisksApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  list(eventId: string, query: QueryParams): Promise<RiskPage> {
    return this.api.get<RiskPage>(apiPath('events', eventId, 'risks'), query);
  }

  matrix(eventId: string, basis: MatrixBasis): Promise<RiskMatrix> {
    return this.api.get<RiskMatrix>(apiPath('events', eventId, 'risk-matrix'), { basis });
  }

  get(eventId: string, riskId: string): Promise<RiskDto> {
    return this.api.get<RiskDto>(apiPath('events', eventId, 'risks', riskId));
  }

  history(eventId: string, riskId: string): Promise<RiskChangeDto[]> {
    return this.api.get<RiskChangeDto[]>(apiPath('events', eventId, 'risks', riskId, 'history'));
  }

  create(eventId: string, body: RiskCreate): Promise<RiskDto> {
    return this.api.post<RiskDto>(apiPath('events', eventId, 'risks'), body);
  }

  update(eventId: string, riskId: string, body: RiskUpdate): Promise<RiskDto> {
    return this.api.patch<RiskDto>(apiPath('events', eventId, 'risks', riskId), body);
  }

  remove(eventId: string, riskId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'risks', riskId));
  }

  addFromTemplates(eventId: string, templateIds: string[], lang: Language): Promise<RiskDto[]> {
    return this.api.post<RiskDto[]>(apiPath('events', eventId, 'risks', 'from-templates'), {
      templateIds,
      lang,
    });
  }

  copyFrom(eventId: string, fromEventId: string): Promise<RiskDto[]> {
    return this.api.post<RiskDto[]>(apiPath('events', eventId, 'risks', 'copy'), { fromEventId });
  }

  /** Multipart upload; `dryRun` checks every row and saves nothing. */
  import(eventId: string, file: File, dryRun: boolean): Promise<ImportPreview | ImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    const url = `${apiPath('events', eventId, 'risks', 'import')}?dryRun=${dryRun}`;
    return firstValueFrom(this.http.post<ImportPreview | ImportResult>(url, form));
  }

  sites(eventId: string): Promise<Page<SiteDto>> {
    return this.api.get<Page<SiteDto>>(apiPath('events', eventId, 'sites'));
  }

  event(eventId: string): Promise<EventDto> {
    return this.api.get<EventDto>(apiPath('events', eventId));
  }

  /** Events the user works on (coordinators see only their own). */
  events(): Promise<Page<EventDto>> {
    return this.api.get<Page<EventDto>>(apiPath('events'), { limit: 500 });
  }
}
