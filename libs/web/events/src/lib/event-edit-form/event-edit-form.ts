import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Contact,
  CONTACT_ROLE_LABELS,
  EventDto,
  EventStatus,
  EVENT_STATUSES,
  EVENT_STATUS_LABELS,
  EventUpdate,
  eventUpdateSchema,
  validationMessage,
} from '@tryggplan/shared/domain';
import {
  focusFirstError,
  FormErrors,
  isoToLocalInput,
  localInputToIso,
  toFormErrors,
  UiLanguage,
  formErrorOptions,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { EventsApi } from '../events-api';

const FIELDS = [
  'name',
  'startsAt',
  'endsAt',
  'locationName',
  'status',
  'description',
  'coordinatorName',
  'coordinatorPhone',
  'coordinatorEmail',
] as const;

/** The contact printed in the briefing folder as the security coordinator on site. */
const COORDINATOR_ROLE = 'security-coordinator';

/**
 * Edits an event with the version it was read at. A 409 (someone else saved first) is shown
 * with a reload button: nothing is overwritten without the user seeing the newer version.
 */
@Component({
  selector: 'tp-event-edit-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert, DateTimeField],
  templateUrl: './event-edit-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEditForm {
  private readonly eventsApi = inject(EventsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<EventDto>();
  readonly saved = output<EventDto>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly statuses = EVENT_STATUSES;
  protected readonly statusLabels = EVENT_STATUS_LABELS;
  protected readonly coordinatorLabel = CONTACT_ROLE_LABELS[COORDINATOR_ROLE];
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    startsAt: new FormControl('', { nonNullable: true }),
    endsAt: new FormControl('', { nonNullable: true }),
    locationName: new FormControl('', { nonNullable: true }),
    status: new FormControl<EventStatus>('planning', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    coordinatorName: new FormControl('', { nonNullable: true }),
    coordinatorPhone: new FormControl('', { nonNullable: true }),
    coordinatorEmail: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    // A new version of the event (after saving or reloading) replaces what the form shows.
    effect(() => {
      const event = this.event();
      untracked(() => this.fill(event));
    });
  }

  private fill(event: EventDto): void {
    const coordinator = event.contacts.find((contact) => contact.role === COORDINATOR_ROLE);
    this.form.reset({
      name: event.name,
      startsAt: isoToLocalInput(event.startsAt, event.timezone),
      endsAt: isoToLocalInput(event.endsAt, event.timezone),
      locationName: event.locationName,
      status: event.status,
      description: event.description,
      coordinatorName: coordinator?.name ?? '',
      coordinatorPhone: coordinator?.phone ?? '',
      coordinatorEmail: coordinator?.email ?? '',
    });
    this.errors.set(null);
    this.conflict.set(false);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const event = this.event();
    const value = this.form.getRawValue();
    const { contacts, coordinatorIndex } = this.contactsWith(event.contacts, value);
    const startsAt = localInputToIso(value.startsAt, event.timezone);
    const endsAt = localInputToIso(value.endsAt, event.timezone);
    const body: EventUpdate = {
      name: value.name,
      startsAt: startsAt ?? undefined,
      endsAt: endsAt ?? undefined,
      locationName: value.locationName,
      status: value.status,
      description: value.description,
      contacts,
      version: event.version,
    };
    const rename: Record<string, string> =
      coordinatorIndex === null
        ? {}
        : {
            [`contacts.${coordinatorIndex}.name`]: 'coordinatorName',
            [`contacts.${coordinatorIndex}.phone`]: 'coordinatorPhone',
            [`contacts.${coordinatorIndex}.email`]: 'coordinatorEmail',
          };
    const options = formErrorOptions(this.transloco, {
      fields: FIELDS,
      rename,
    });
    const invalid = validateForApi(eventUpdateSchema, body, this.lang(), options);
    // Leaving out a time in a PATCH would keep the old one; an emptied time field is an error instead.
    const required = validationMessage('required', this.lang());
    const missingTimes = {
      ...(startsAt ? {} : { startsAt: required }),
      ...(endsAt ? {} : { endsAt: required }),
    };
    if (invalid || Object.keys(missingTimes).length > 0) {
      return this.showErrors({
        status: 400,
        message: options.invalidMessage,
        fields: { ...invalid?.fields, ...missingTimes },
        other: invalid?.other ?? [],
      });
    }
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      this.saved.emit(await this.eventsApi.update(event.id, body));
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('events.edit.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  /** The event's contacts with the coordinator replaced by the form's (or removed when left empty). */
  private contactsWith(
    existing: Contact[],
    value: { coordinatorName: string; coordinatorPhone: string; coordinatorEmail: string },
  ): { contacts: Contact[]; coordinatorIndex: number | null } {
    const previous = existing.find((contact) => contact.role === COORDINATOR_ROLE);
    const others = existing.filter((contact) => contact.role !== COORDINATOR_ROLE);
    const name = value.coordinatorName.trim();
    const phone = value.coordinatorPhone.trim();
    const email = value.coordinatorEmail.trim();
    if (!name && !phone && !email) return { contacts: others, coordinatorIndex: null };
    // the rest of the contact (its notes in either language) is kept as it was
    const { phone: _phone, email: _email, ...kept } = previous ?? { role: COORDINATOR_ROLE, name };
    const coordinator: Contact = {
      ...kept,
      role: COORDINATOR_ROLE,
      name,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    };
    return { contacts: [coordinator, ...others], coordinatorIndex: 0 };
  }

  protected reload(): void {
    this.reloadRequested.emit();
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
