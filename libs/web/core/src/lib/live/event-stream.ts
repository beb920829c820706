import { inject, Injectable, InjectionToken } from '@angular/core';
import { apiPath } from '../api/api-client';

/**
 * `connecting` before the first `ready`, `live` while it streams, `reconnecting` after it dropped,
 * `closed` when the browser gave up (the server refused it, e.g. the session ended).
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/** EventSource.CLOSED, also where the browser has no EventSource. */
const CLOSED = 2;

export interface EventStreamHandlers {
  /** One entry of the named types, its data as the server sent it (JSON text). */
  entry(type: string, data: string): void;
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
 * The event's live channel (Server-Sent Events, `GET /api/events/:eventId/stream`). The browser
 * reconnects by itself and resumes with Last-Event-ID, so nothing is polled; each page listens to
 * the entry types it shows and re-reads what they name.
 */
@Injectable({ providedIn: 'root' })
export class EventStream {
  private readonly open = inject(EVENT_SOURCE);

  /** Listens to the given entry types until the returned function is called. */
  listen(eventId: string, types: readonly string[], handlers: EventStreamHandlers): () => void {
    return this.listenTo(streamUrl(eventId), types, handlers);
  }

  /** The same for any stream of the API (a share's incidents, say). */
  listenTo(url: string, types: readonly string[], handlers: EventStreamHandlers): () => void {
    const source = this.open(url);
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
    for (const type of types) {
      source.addEventListener(type, (event) => handlers.entry(type, (event as MessageEvent<string>).data));
    }
    return () => source.close();
  }
}
