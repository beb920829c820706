import { inject, Injectable } from '@angular/core';
import { apiPath, EventStream, LiveState } from '@tryggplan/web/core';

export const SHARED_INCIDENT_EVENTS = ['incident.created', 'incident.updated', 'incident.entry'] as const;
export type SharedIncidentEventType = (typeof SHARED_INCIDENT_EVENTS)[number];

/** What the share's stream says about an incident: which one and when, never who or what. */
export interface SharedIncidentChange {
  type: SharedIncidentEventType;
  incidentId: string;
  number: number;
  at: string;
}

/** The stream's state, as for the coordinator's own (`closed`: the share ended or lost the scope). */
export type SharedLiveState = LiveState;

export interface SharedLiveHandlers {
  change(change: SharedIncidentChange): void;
  /** The stream is (again) ready; `resumed` after a drop, when the page may have missed something. */
  ready?(resumed: boolean): void;
  state?(state: SharedLiveState): void;
}

/** The share's incident stream; the service worker is told to keep out, so the stream is not buffered. */
export function sharedIncidentsStreamUrl(shareId: string): string {
  return `${apiPath('shared', shareId, 'incidents', 'stream')}?ngsw-bypass=true`;
}

/** One stream frame's data as a change; null when it names no incident. */
export function parseSharedChange(type: SharedIncidentEventType, data: string): SharedIncidentChange | null {
  try {
    const value = JSON.parse(data) as Partial<SharedIncidentChange> | null;
    if (!value || typeof value.incidentId !== 'string') return null;
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

/**
 * The live incident changes of a share's event (Server-Sent Events). The browser reconnects by
 * itself and resumes with Last-Event-ID, so nothing is polled; the page re-reads the list on each change.
 */
@Injectable({ providedIn: 'root' })
export class SharedIncidentsLive {
  private readonly stream = inject(EventStream);

  /** Listens until the returned function is called. */
  listen(shareId: string, handlers: SharedLiveHandlers): () => void {
    return this.stream.listenTo(sharedIncidentsStreamUrl(shareId), SHARED_INCIDENT_EVENTS, {
      entry: (type, data) => {
        const change = parseSharedChange(type as SharedIncidentEventType, data);
        if (change) handlers.change(change);
      },
      ready: handlers.ready,
      state: handlers.state,
    });
  }
}
