import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { EventDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { EventsApi } from '../events-api';

/** The event a workspace shows, loaded once and shared by the workspace's own pages. */
@Injectable()
export class EventWorkspaceStore {
  private readonly eventsApi = inject(EventsApi);
  private readonly transloco = inject(TranslocoService);

  readonly event = signal<EventDto | null>(null);
  readonly loadError = signal<string | null>(null);

  async load(eventId: string): Promise<void> {
    this.loadError.set(null);
    if (this.event()?.id !== eventId) this.event.set(null);
    try {
      this.event.set(await this.eventsApi.get(eventId));
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  /** After a page changed the event (edited details), so the heading and the other pages agree. */
  set(event: EventDto): void {
    this.event.set(event);
  }
}
