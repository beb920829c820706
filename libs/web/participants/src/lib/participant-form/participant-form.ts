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
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EventDto,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  ParticipantCreate,
  participantCreateSchema,
  ParticipantDto,
  ParticipantRole,
  participantUpdateSchema,
  PROTECTION_LEVEL_LABELS,
  PROTECTION_LEVELS,
  ProtectionLevel,
  SiteDto,
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
import { ParticipantsApi } from '../participants-api';
import { printedName } from '../printed-name';

const FIELDS = [
  'fullName',
  'role',
  'organization',
  'email',
  'phone',
  'protectionLevel',
  'arrivalAt',
  'departureAt',
  'accommodationSiteId',
  'emergencyContactName',
  'emergencyContactPhone',
  'notes',
  'party',
] as const;
const RENAME = {
  'emergencyContact.name': 'emergencyContactName',
  'emergencyContact.phone': 'emergencyContactPhone',
};

function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Creates a participant or edits one, checked with the API's own schema before it is sent. */
@Component({
  selector: 'tp-participant-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert, DateTimeField],
  templateUrl: './participant-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantForm {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<EventDto>();
  readonly sites = input<SiteDto[]>([]);
  /** The person to edit; a new participant when absent. */
  readonly participant = input<ParticipantDto | null>(null);
  readonly saved = output<ParticipantDto>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  /** Accommodation sites only; a saved choice of another kind stays listed so it can be seen and changed. */
  protected readonly accommodations = computed(() => {
    const current = this.participant()?.accommodationSiteId;
    return this.sites().filter((site) => site.kind === 'accommodation' || site.id === current);
  });
  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly levels = PROTECTION_LEVELS;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly levelLabels = PROTECTION_LEVEL_LABELS;
  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true }),
    role: new FormControl<ParticipantRole>('elected-official', { nonNullable: true }),
    organization: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    protectionLevel: new FormControl<ProtectionLevel>('normal', { nonNullable: true }),
    arrivalAt: new FormControl('', { nonNullable: true }),
    departureAt: new FormControl('', { nonNullable: true }),
    accommodationSiteId: new FormControl('', { nonNullable: true }),
    emergencyContactName: new FormControl('', { nonNullable: true }),
    emergencyContactPhone: new FormControl('', { nonNullable: true }),
    notes: new FormControl('', { nonNullable: true }),
    party: new FormControl('', { nonNullable: true }),
  });
  private readonly fullName = toSignal(this.form.controls.fullName.valueChanges, { initialValue: '' });
  /** Set when the folder's fonts can't draw the whole name, to say how it will print. */
  protected readonly printedName = computed(() => printedName(this.fullName()));
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const participant = this.participant();
      const event = this.event();
      untracked(() => this.fill(participant, event));
    });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input')?.focus());
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const existing = this.participant();
    const body = this.body();
    const options = formErrorOptions(this.transloco, {
      fields: FIELDS,
      rename: RENAME,
    });
    const schema = existing ? participantUpdateSchema : participantCreateSchema;
    const payload = existing ? { ...body, version: existing.version } : body;
    const invalid = validateForApi(schema, payload, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const eventId = this.event().id;
      const saved = existing
        ? await this.participantsApi.update(eventId, existing.id, { ...body, version: existing.version })
        : await this.participantsApi.create(eventId, body);
      this.saved.emit(saved);
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('participants.form.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private body(): ParticipantCreate {
    const value = this.form.getRawValue();
    const timezone = this.event().timezone;
    const contactName = value.emergencyContactName.trim();
    const contactPhone = value.emergencyContactPhone.trim();
    const body: ParticipantCreate = {
      fullName: value.fullName,
      role: value.role,
      organization: value.organization,
      email: emptyToNull(value.email),
      phone: emptyToNull(value.phone),
      protectionLevel: value.protectionLevel,
      arrivalAt: value.arrivalAt ? (localInputToIso(value.arrivalAt, timezone) ?? value.arrivalAt) : null,
      departureAt: value.departureAt
        ? (localInputToIso(value.departureAt, timezone) ?? value.departureAt)
        : null,
      accommodationSiteId: emptyToNull(value.accommodationSiteId),
      emergencyContact: contactName || contactPhone ? { name: contactName, phone: contactPhone } : null,
      notes: value.notes,
    };
    if (this.event().keepsPartyAffiliation) body.party = emptyToNull(value.party);
    return body;
  }

  private fill(participant: ParticipantDto | null, event: EventDto): void {
    this.form.reset({
      fullName: participant?.fullName ?? '',
      role: participant?.role ?? 'elected-official',
      organization: participant?.organization ?? '',
      email: participant?.email ?? '',
      phone: participant?.phone ?? '',
      protectionLevel: participant?.protectionLevel ?? 'normal',
      arrivalAt: isoToLocalInput(participant?.arrivalAt, event.timezone),
      departureAt: isoToLocalInput(participant?.departureAt, event.timezone),
      accommodationSiteId: participant?.accommodationSiteId ?? '',
      emergencyContactName: participant?.emergencyContact?.name ?? '',
      emergencyContactPhone: participant?.emergencyContact?.phone ?? '',
      notes: participant?.notes ?? '',
      party: participant?.party ?? '',
    });
    this.errors.set(null);
    this.conflict.set(false);
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
