import { inject, Injectable } from '@angular/core';
import type { IncidentBoardDto, IncidentSummaryDto } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

/** The most the map asks for at once: the API's page limit. */
const MAP_INCIDENT_LIMIT = 500;

/** The event's incidents as the map shows them, read from the incidents API. */
@Injectable({ providedIn: 'root' })
export class EventIncidentsQuery {
  private readonly api = inject(ApiClient);

  /** The incidents not yet closed, newest first as the board lists them. */
  async open(eventId: string): Promise<IncidentSummaryDto[]> {
    const board = await this.api.get<IncidentBoardDto>(apiPath('events', eventId, 'incidents'), {
      limit: MAP_INCIDENT_LIMIT,
    });
    return board.items.filter((incident) => incident.status !== 'closed');
  }
}
