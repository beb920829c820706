import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Language, PermitApplicationDto, PermitApplicationUpdate } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';
import { firstValueFrom } from 'rxjs';

/** The event's police permit application and the address of its pack, over the API. */
@Injectable({ providedIn: 'root' })
export class PermitApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  get(eventId: string): Promise<PermitApplicationDto> {
    return this.api.get<PermitApplicationDto>(apiPath('events', eventId, 'permit-application'));
  }

  save(eventId: string, body: PermitApplicationUpdate): Promise<PermitApplicationDto> {
    return firstValueFrom(
      this.http.put<PermitApplicationDto>(apiPath('events', eventId, 'permit-application'), body),
    );
  }

  /** The pack downloads as a plain link: the session cookie goes with it, the browser saves the ZIP. */
  packUrl(eventId: string, lang: Language): string {
    return `${apiPath('events', eventId, 'permit-pack.zip')}?lang=${lang}`;
  }
}
