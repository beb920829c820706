import { inject, Injectable } from '@angular/core';
import type {
  EventDto,
  Language,
  OnDutyDto,
  Page,
  SiteDto,
  StaffCreate,
  StaffMemberDto,
  StaffUpdate,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

export type StaffImportAction = 'new' | 'changed' | 'unchanged';

/** A person of the dry run: as the import will save them, the rows of the file they came from, and what it does. */
export type StaffImportPreviewRow = StaffCreate & {
  row: number;
  rows: number[];
  action: StaffImportAction;
  changedFields: string[];
};

export interface StaffImportResult {
  dryRun: boolean;
  total: number;
  counts: Record<StaffImportAction, number>;
  preview?: StaffImportPreviewRow[];
  created?: string[];
  updated?: string[];
}

/** An empty roster with the column headers an import reads, in the user's language. */
export function staffTemplateUrl(eventId: string, kind: 'csv' | 'xlsx', lang: Language): string {
  return `${apiPath('events', eventId, `staff-template.${kind}`)}?lang=${lang}`;
}

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

  /** Checks (dryRun) or imports a CSV/XLSX roster: all of it or nothing. */
  import(eventId: string, file: File, dryRun: boolean): Promise<StaffImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.post<StaffImportResult>(
      `${apiPath('events', eventId, 'staff', 'import')}?dryRun=${dryRun}`,
      form,
    );
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
