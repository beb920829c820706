import { inject, Injectable, InjectionToken } from '@angular/core';
import { apiPath } from '@tryggplan/web/core';

export const SHARED_INCIDENT_EVENTS = ['incident.created', 'incident.updated', 'incident.entry'] as const;
export type SharedIncidentEventType = (typeof SHARED_INCIDENT_EVENTS)[number];

/** What the share's stream says about an incident: which one and when, never who or what. */
export interface SharedIncidentChange {
  type: SharedIncidentEventType;
  incidentId: string;
  number: number;
  at: string;
}

/**
 * `connecting` before the first `ready`, `live` while it streams, `reconnecting` after a drop,
 * `closed` when the browser gave up (the server refused it: the share ended or lost the scope).
 */
export type SharedLiveState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface SharedLiveHandlers {
  change(change: SharedIncidentChange): void;
  /** The stream is (again) ready; `resumed` after a drop, when the page may have missed something. */
  ready?(resumed: boolean): void;
  state?(state: SharedLiveState): void;
}

/** EventSource.CLOSED, also where the browser has no EventSource. */
const CLOSED = 2;

/** Makes the browser's EventSource; null where there is none (tests, old browsers). */
export const SHARED_EVENT_SOURCE = new InjectionToken<(url: string) => EventSource | null>(
  'SHARED_EVENT_SOURCE',
  {
    providedIn: 'root',
    factory: () => (url: string) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
  },
);

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
  private readonly open = inject(SHARED_EVENT_SOURCE);

  /** Listens until the returned function is called. */
  listen(shareId: string, handlers: SharedLiveHandlers): () => void {
    const source = this.open(sharedIncidentsStreamUrl(shareId));
    if (!source) return () => undefined;
    let readyBefore = false;
    handlers.state?.('connecting');
    source.addEventListener('ready', () => {
      handlers.state?.('live');
      handlers.ready?.(readyBefore);
      readyBefore = true;
    });
    source.addEventListener('error', () => {
      if (source.readyState === CLOSED) handlers.state?.('closed');
      else if (readyBefore) handlers.state?.('reconnecting');
    });
    for (const type of SHARED_INCIDENT_EVENTS) {
      source.addEventListener(type, (event) => {
        const change = parseSharedChange(type, (event as MessageEvent<string>).data);
        if (change) handlers.change(change);
      });
    }
    return () => source.close();
  }
}
