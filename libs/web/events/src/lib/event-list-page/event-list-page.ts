import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventCreate,
  eventCreateSchema,
  EventDto,
  EVENT_STATUS_LABELS,
} from '@tryggplan/shared/domain';
import {
  AuthStore,
  focusFirstError,
  FormErrors,
  localInputToIso,
  PartnerFeedbackApi,
  toFormErrors,
  UiLanguage,
  errorMessage,
  formErrorOptions,
} from '@tryggplan/web/core';
import {
  DateSpanPipe,
  FieldControl,
  FieldError,
  DateTimeField,
  FormAlert,
  validateForApi,
} from '@tryggplan/web/ui';
import { EventsApi } from '../events-api';

const FIELDS = ['name', 'startsAt', 'endsAt', 'locationName', 'description'] as const;

/** `/events`: the events the user may see, and (for coordinators) a form to create one. */
@Component({
  selector: 'tp-event-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    DateSpanPipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
  ],
  templateUrl: './event-list-page.html',
  styleUrl: './event-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventListPage {
  private readonly eventsApi = inject(EventsApi);
  private readonly feedback = inject(PartnerFeedbackApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly auth = inject(AuthStore);
  protected readonly lang = inject(UiLanguage).current;
  protected readonly statusLabels = EVENT_STATUS_LABELS;
  protected readonly events = signal<EventDto[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** New partner comments and decisions per event id (coordinators' events with some only). */
  protected readonly unread = signal<Record<string, number>>({});

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    startsAt: new FormControl('', { nonNullable: true }),
    endsAt: new FormControl('', { nonNullable: true }),
    locationName: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const events = (await this.eventsApi.list()).items;
      this.events.set(events);
      if (this.auth.isCoordinator()) void this.loadUnread(events);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  /** The badges are a help, not the list: an event whose count cannot be read simply shows none. */
  private async loadUnread(events: readonly EventDto[]): Promise<void> {
    const counts = await Promise.all(
      events.map(async (event) => {
        const unread = await this.feedback.unread(event.id).catch(() => null);
        return [event.id, unread ? unread.comments + unread.decisions : 0] as const;
      }),
    );
    this.unread.set(Object.fromEntries(counts.filter(([, count]) => count > 0)));
  }

  protected async create(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const body = {
      name: value.name,
      startsAt: localInputToIso(value.startsAt, DEFAULT_TIMEZONE) ?? undefined,
      endsAt: localInputToIso(value.endsAt, DEFAULT_TIMEZONE) ?? undefined,
      ...(value.locationName.trim() ? { locationName: value.locationName } : {}),
      ...(value.description.trim() ? { description: value.description } : {}),
    };
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(eventCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.busy.set(true);
    try {
      const created = await this.eventsApi.create(body as EventCreate);
      await this.router.navigate(['/events', created.id]);
    } catch (error) {
      this.showErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement.querySelector('form') ?? this.host.nativeElement, this.injector);
  }
}
