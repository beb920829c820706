import { inject, Injectable, InjectionToken } from '@angular/core';
import { apiPath } from '@tryggplan/web/core';

export const LIVE_INCIDENT_EVENTS = ['incident.created', 'incident.updated', 'incident.entry'] as const;
export type LiveIncidentType = (typeof LIVE_INCIDENT_EVENTS)[number];

/** What the live channel says about an incident: which one and when; never who or what. */
export interface LiveIncidentChange {
  type: LiveIncidentType;
  incidentId: string;
  number: number;
  at: string;
}

/**
 * `connecting` before the first `ready`, `live` while it streams, `reconnecting` after it dropped,
 * `closed` when the browser gave up (the server refused it, e.g. the session ended).
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/** EventSource.CLOSED, also where the browser has no EventSource. */
const CLOSED = 2;

export interface LiveHandlers {
  change(change: LiveIncidentChange): void;
  /** The stream is (again) ready; `resumed` after a drop, when a page may have missed something. */
  ready?(resumed: boolean): void;
  state?(state: LiveState): void;
}

/** Makes the browser's EventSource; null where there is none (tests, old browsers). */
export const EVENT_SOURCE = new InjectionToken<(url: string) => EventSource | null>('EVENT_SOURCE', {
  providedIn: 'root',
  factory: () => (url: string) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
});

/** The event's live stream URL; the service worker is told to keep out, so the stream is not buffered. */
export function streamUrl(eventId: string): string {
  return `${apiPath('events', eventId, 'stream')}?ngsw-bypass=true`;
}

/**
 * The event's live channel (Server-Sent Events). The browser reconnects by itself and resumes with
 * Last-Event-ID, so nothing is polled; pages re-read what they show when an incident is named.
 */
@Injectable({ providedIn: 'root' })
export class LiveIncidents {
  private readonly open = inject(EVENT_SOURCE);

  /** Listens until the returned function is called. */
  listen(eventId: string, handlers: LiveHandlers): () => void {
    const source = this.open(streamUrl(eventId));
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
    for (const type of LIVE_INCIDENT_EVENTS) {
      source.addEventListener(type, (event) => {
        const change = parseChange(type, (event as MessageEvent<string>).data);
        if (change) handlers.change(change);
      });
    }
    return () => source.close();
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
