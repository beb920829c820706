import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CONTACT_ROLE_LABELS,
  EventDto,
  EVENT_STATUS_LABELS,
  formatDate,
  RISK_LEVEL_LABELS,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { ConfirmDialog, DateSpanPipe, DateTimePipe, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { EventEditForm } from '../event-edit-form/event-edit-form';
import { EventsApi } from '../events-api';
import { EventWorkspaceStore } from '../workspace/event-workspace-store';
import { OverviewModel, overviewModel, phaseMessage } from './overview-model';
import { OverviewQueries } from './overview-queries';

/** At most this many people are named; the rest are one link away on the participant list. */
const PEOPLE_SHOWN = 10;

/** `/events/:eventId`: what needs the coordinator now, and the event's details with editing. */
@Component({
  selector: 'tp-overview-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    DateSpanPipe,
    ConfirmDialog,
    FormAlert,
    EventEditForm,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly eventsApi = inject(EventsApi);
  private readonly queries = inject(OverviewQueries);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly store = inject(EventWorkspaceStore);
  protected readonly lang = inject(UiLanguage).current;
  protected readonly statusLabels = EVENT_STATUS_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly coordinatorLabel = CONTACT_ROLE_LABELS['security-coordinator'];
  protected readonly peopleShown = PEOPLE_SHOWN;
  protected readonly phaseMessage = phaseMessage;

  protected readonly model = signal<OverviewModel | null>(null);
  protected readonly modelError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly editing = signal(false);
  protected readonly deleting = signal(false);
  protected readonly coordinator = computed(() =>
    this.store.event()?.contacts.find((contact) => contact.role === 'security-coordinator'),
  );

  private readonly deleteEventDialog = viewChild<ConfirmDialog>('deleteEventDialog');
  private loadedFor: string | null = null;

  constructor() {
    effect(() => {
      const event = this.store.event();
      if (!event) return;
      untracked(() => {
        this.title.setTitle(`${event.name} – ${this.transloco.translate('app.name')}`);
        if (this.loadedFor !== event.id) void this.loadModel(event);
      });
    });
  }

  protected async loadModel(event: EventDto | null = this.store.event()): Promise<void> {
    if (!event) return;
    this.loadedFor = event.id;
    this.modelError.set(null);
    try {
      const [risks, participants, unread] = await Promise.all([
        this.queries.risks(event.id),
        this.queries.participants(event.id),
        this.queries.unread(event.id),
      ]);
      this.model.set(
        overviewModel({
          event,
          risks: risks.items,
          participants: participants.items,
          unread,
          now: new Date(),
        }),
      );
    } catch (error) {
      this.modelError.set(errorMessage(error, this.transloco));
    }
  }

  /** A mitigation's due day (YYYY-MM-DD) as the language writes dates. */
  protected dueDate(day: string, timezone: string): string {
    return formatDate(`${day}T12:00:00Z`, this.lang(), timezone);
  }

  protected async reloadEvent(): Promise<void> {
    const event = this.store.event();
    if (!event) return;
    try {
      this.store.set(await this.eventsApi.get(event.id));
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
    this.store.set(event);
    this.stopEditing();
    this.announce('events.edit.saved');
    void this.loadModel(event);
  }

  protected askDeleteEvent(): void {
    this.actionError.set(null);
    this.deleteEventDialog()?.open();
  }

  protected async deleteEvent(): Promise<void> {
    const event = this.store.event();
    if (this.deleting() || !event) return;
    this.deleting.set(true);
    try {
      await this.eventsApi.remove(event.id);
      this.deleteEventDialog()?.close();
      await this.router.navigate(['/events']);
    } catch (error) {
      this.deleteEventDialog()?.close();
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.deleting.set(false);
    }
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
