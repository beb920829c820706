import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CONTACT_ROLE_LABELS, EventDto, EVENT_STATUS_LABELS, Language } from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { ConfirmDialog, DateSpanPipe, DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { EventEditForm } from '../event-edit-form/event-edit-form';
import { SiteEditor } from '../sites/site-editor/site-editor';
import { briefingPdfUrl, EventsApi } from '../events-api';

/** `/events/:eventId`: details and editing, the map with its sites, and the briefing folder. */
@Component({
  selector: 'tp-event-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    DateSpanPipe,
    SiteEditor,
    ConfirmDialog,
    FormAlert,
    EventEditForm,
  ],
  templateUrl: './event-page.html',
  styleUrl: './event-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventPage {
  private readonly eventsApi = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly statusLabels = EVENT_STATUS_LABELS;
  protected readonly coordinatorLabel = CONTACT_ROLE_LABELS['security-coordinator'];

  protected readonly event = signal<EventDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly editing = signal(false);
  protected readonly deleting = signal(false);
  protected readonly coordinator = computed(() =>
    this.event()?.contacts.find((contact) => contact.role === 'security-coordinator'),
  );

  private readonly deleteEventDialog = viewChild<ConfirmDialog>('deleteEventDialog');

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected briefingUrl(lang: Language): string {
    return briefingPdfUrl(this.eventId(), lang);
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      this.showEvent(await this.eventsApi.get(eventId));
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected async reloadEvent(): Promise<void> {
    try {
      this.showEvent(await this.eventsApi.get(this.eventId()));
      this.announce('events.edit.reloaded');
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    }
  }

  protected startEditing(): void {
    this.editing.set(true);
    this.focusAfterRender('#event-edit-name');
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focusAfterRender('#event-edit-button');
  }

  protected onSaved(event: EventDto): void {
    this.showEvent(event);
    this.stopEditing();
    this.announce('events.edit.saved');
  }

  protected askDeleteEvent(): void {
    this.actionError.set(null);
    this.deleteEventDialog()?.open();
  }

  protected async deleteEvent(): Promise<void> {
    if (this.deleting()) return;
    this.deleting.set(true);
    try {
      await this.eventsApi.remove(this.eventId());
      this.deleteEventDialog()?.close();
      await this.router.navigate(['/events']);
    } catch (error) {
      this.deleteEventDialog()?.close();
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.deleting.set(false);
    }
  }

  private showEvent(event: EventDto): void {
    this.event.set(event);
    this.title.setTitle(`${event.name} – ${this.transloco.translate('app.name')}`);
  }

  private announce(key: string, params?: Record<string, string>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
