import {
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
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUSES,
  IncidentCategory,
  IncidentDetailDto,
  IncidentDto,
  IncidentSeverity,
  IncidentStatus,
  incidentUpdateSchema,
  MemberDto,
  OnDutyDto,
  ParticipantDto,
  POLICE_REPORT_STATUS_LABELS,
  POLICE_REPORT_STATUSES,
  PoliceReportStatus,
  RISK_LEVEL_LABELS,
  RiskDto,
  SiteDto,
  SITE_KIND_LABELS,
} from '@tryggplan/shared/domain';
import { focusFirstError, formErrorOptions, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { assigneeGroups } from '../assignee-options';
import { currentPosition, positionProblemKey } from '../geolocation';
import {
  changesOf,
  draftOfIncident,
  IncidentDraft,
  placeFieldErrors,
  Point,
  pointText,
  sameEditableFacts,
} from '../incident-form-model';
import { IncidentsApi } from '../incidents-api';
import { PickItem, PickList } from '../pick-list/pick-list';

const EDIT_FIELDS = [
  'title',
  'description',
  'category',
  'severity',
  'status',
  'occurredAt',
  'location',
  'siteId',
  'place',
  'assigneeId',
  'participantIds',
  'riskIds',
  'isCrime',
  'isExercise',
  'police',
  'reportNumber',
  'reportedAt',
  'reason',
] as const;

/**
 * Every fact of an incident, saved with the version it was read at; only changed fields are sent.
 * The police report has its own part: a possible crime closes only with a report number or a
 * reason, and the API's refusal is shown there. A 409 is shown with a reload button.
 */
@Component({
  selector: 'tp-incident-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert, DateTimeField, PickList],
  templateUrl: './incident-form.html',
  styleUrl: './incident-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentForm {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly incident = input.required<IncidentDetailDto>();
  readonly timeZone = input.required<string>();
  readonly sites = input<SiteDto[]>([]);
  readonly members = input<MemberDto[]>([]);
  /** Who is on duty now: offered as assignees beside the members. */
  readonly onDuty = input<OnDutyDto | null>(null);
  readonly participants = input<ParticipantDto[]>([]);
  readonly risks = input<RiskDto[]>([]);
  readonly saved = output<IncidentDto>();
  readonly reloadRequested = output<void>();
  readonly nothingToSave = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categories = INCIDENT_CATEGORIES;
  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly severities = INCIDENT_SEVERITIES;
  protected readonly severityLabels = INCIDENT_SEVERITY_LABELS;
  protected readonly statuses = INCIDENT_STATUSES;
  protected readonly statusLabels = INCIDENT_STATUS_LABELS;
  protected readonly policeStatuses = POLICE_REPORT_STATUSES;
  protected readonly policeLabels = POLICE_REPORT_STATUS_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly pointText = pointText;

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    category: new FormControl<IncidentCategory>('other', { nonNullable: true }),
    severity: new FormControl<IncidentSeverity>('medium', { nonNullable: true }),
    status: new FormControl<IncidentStatus>('reported', { nonNullable: true }),
    occurredAt: new FormControl('', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true }),
    point: new FormControl<Point | null>(null),
    assigneeId: new FormControl('', { nonNullable: true }),
    participantIds: new FormControl<string[]>([], { nonNullable: true }),
    riskIds: new FormControl<string[]>([], { nonNullable: true }),
    isCrime: new FormControl(false, { nonNullable: true }),
    isExercise: new FormControl(false, { nonNullable: true }),
    policeStatus: new FormControl<PoliceReportStatus>('not-reported', { nonNullable: true }),
    reportNumber: new FormControl('', { nonNullable: true }),
    reportedAt: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  /** Someone else saved other facts while this form had unsaved changes. */
  protected readonly changedElsewhere = signal(false);
  protected readonly busy = signal(false);
  protected readonly positionNote = signal('');
  protected readonly locating = signal(false);
  /** The version of the incident the form's values are changes to. */
  private readonly base = signal<IncidentDto | null>(null);

  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly policeStatus = computed(() => this.value().policeStatus);
  protected readonly assigneeOptions = computed(() =>
    assigneeGroups(
      this.members(),
      this.onDuty(),
      this.incident().assignee,
      new Map(this.sites().map((site) => [site.id, site.name])),
      this.lang(),
      this.transloco.translate('incidents.form.offDuty'),
    ),
  );
  protected readonly participantItems = computed<PickItem[]>(() => {
    const items: PickItem[] = this.participants().map((person) => ({
      id: person.id,
      label: person.fullName,
      hint: person.organization || undefined,
    }));
    // people linked before the list loaded (or beyond its first 500) stay visible and chosen
    for (const person of this.incident().participants) {
      if (!items.some((item) => item.id === person.id)) items.push({ id: person.id, label: person.fullName });
    }
    return items;
  });
  protected readonly riskItems = computed<PickItem[]>(() => {
    const lang = this.lang();
    const items: PickItem[] = this.risks().map((risk) => ({
      id: risk.id,
      label: risk.title,
      hint: RISK_LEVEL_LABELS[risk.level][lang],
    }));
    for (const risk of this.incident().risks) {
      if (!items.some((item) => item.id === risk.id)) items.push({ id: risk.id, label: risk.title });
    }
    return items;
  });

  constructor() {
    // A new version of the incident (saved, ticked, or changed by someone else) reaches the form.
    effect(() => {
      const incident = this.incident();
      untracked(() => this.receive(incident));
    });
  }

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
  }

  protected setList(field: 'participantIds' | 'riskIds', ids: string[]): void {
    this.form.controls[field].setValue(ids);
    this.form.controls[field].markAsDirty();
  }

  protected async usePosition(): Promise<void> {
    if (this.locating()) return;
    this.locating.set(true);
    this.positionNote.set(this.transloco.translate('incidents.position.finding'));
    try {
      const point = await currentPosition();
      this.form.controls.point.setValue(point);
      this.positionNote.set(
        this.transloco.translate('incidents.position.found', { point: pointText(point) }),
      );
    } catch (problem) {
      this.positionNote.set(this.transloco.translate(positionProblemKey(problem)));
    } finally {
      this.locating.set(false);
    }
  }

  protected clearPosition(): void {
    this.form.controls.point.setValue(null);
    this.positionNote.set(this.transloco.translate('incidents.position.cleared'));
  }

  protected reload(): void {
    this.errors.set(null);
    this.conflict.set(false);
    this.changedElsewhere.set(false);
    // forget the unsaved changes: the version that comes back fills the form
    const base = this.base();
    if (base) this.fill(base);
    this.reloadRequested.emit();
  }

  protected async submit(): Promise<void> {
    const base = this.base();
    if (this.busy() || !base) return;
    const changes = changesOf(base, this.draft(), this.timeZone());
    if (Object.keys(changes).length === 0) {
      this.errors.set(null);
      this.nothingToSave.emit();
      return;
    }
    const body = { ...changes, version: base.version };
    const options = formErrorOptions(this.transloco);
    const invalid = validateForApi(incidentUpdateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const incident = await this.incidentsApi.update(this.eventId(), base.id, body);
      this.changedElsewhere.set(false);
      this.fill(incident);
      this.saved.emit(incident);
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('incidents.form.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private draft(): IncidentDraft {
    return this.form.getRawValue() as IncidentDraft;
  }

  private dirty(): boolean {
    const base = this.base();
    if (!base) return false;
    return JSON.stringify(this.draft()) !== JSON.stringify(draftOfIncident(base, this.timeZone()));
  }

  private receive(incident: IncidentDto): void {
    const base = this.base();
    if (!base || base.id !== incident.id || !this.dirty()) return this.fill(incident);
    if (incident.version === base.version) return;
    if (sameEditableFacts(base, incident, this.timeZone())) {
      // only the checklist moved: the unsaved changes apply to the new version just as well
      this.base.set(incident);
      return;
    }
    this.changedElsewhere.set(true);
  }

  private fill(incident: IncidentDto): void {
    this.base.set(incident);
    this.form.setValue(draftOfIncident(incident, this.timeZone()));
    this.form.markAsPristine();
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(placeFieldErrors(errors, EDIT_FIELDS));
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
