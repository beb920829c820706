import { inject, Injectable } from '@angular/core';
import { EventStream, LiveState } from '@tryggplan/web/core';

export const LIVE_INCIDENT_EVENTS = ['incident.created', 'incident.updated', 'incident.entry'] as const;
export type LiveIncidentType = (typeof LIVE_INCIDENT_EVENTS)[number];

/** What the live channel says about an incident: which one and when; never who or what. */
export interface LiveIncidentChange {
  type: LiveIncidentType;
  incidentId: string;
  number: number;
  at: string;
}

export { EVENT_SOURCE, streamUrl } from '@tryggplan/web/core';
export type { LiveState } from '@tryggplan/web/core';

export interface LiveHandlers {
  change(change: LiveIncidentChange): void;
  /** The stream is (again) ready; `resumed` after a drop, when a page may have missed something. */
  ready?(resumed: boolean): void;
  state?(state: LiveState): void;
}

/**
 * The event's live channel (Server-Sent Events). The browser reconnects by itself and resumes with
 * Last-Event-ID, so nothing is polled; pages re-read what they show when an incident is named.
 */
@Injectable({ providedIn: 'root' })
export class LiveIncidents {
  private readonly stream = inject(EventStream);

  /** Listens until the returned function is called. */
  listen(eventId: string, handlers: LiveHandlers): () => void {
    return this.stream.listen(eventId, LIVE_INCIDENT_EVENTS, {
      entry: (type, data) => {
        const change = parseChange(type as LiveIncidentType, data);
        if (change) handlers.change(change);
      },
      ready: handlers.ready,
      state: handlers.state,
    });
  }
}

export function parseChange(type: LiveIncidentType, data: string): LiveIncidentChange | null {
  try {
    const value = JSON.parse(data) as Partial<LiveIncidentChange>;
    if (typeof value.incidentId !== 'string') return null;
    return {
      type,
      incidentId: value.incidentId,
      number: Number(value.number) || 0,
      at: typeof value.at === 'string' ? value.at : '',
    };
  } catch {
    return null;
  }
}
