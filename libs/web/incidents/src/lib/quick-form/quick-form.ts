import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_COLORS,
  INCIDENT_SEVERITY_LABELS,
  incidentCreateSchema,
  IncidentCategory,
  IncidentDto,
  IncidentSeverity,
  SiteDto,
  SITE_KIND_LABELS,
  validationMessage,
} from '@tryggplan/shared/domain';
import { focusFirstError, formErrorOptions, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { currentPosition, positionProblemKey } from '../geolocation';
import {
  emptyQuickDraft,
  hasWhere,
  placeFieldErrors,
  Point,
  pointText,
  quickBody,
  QuickDraft,
} from '../incident-form-model';
import { IncidentsApi } from '../incidents-api';

const QUICK_FIELDS = ['category', 'severity', 'location', 'siteId', 'place', 'description'] as const;

/**
 * The quick form of the event day: category, severity, where and what up front, big enough for a
 * thumb; exercise and possible crime under "Mer". The rest is filled in on the incident's page.
 */
@Component({
  selector: 'tp-quick-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './quick-form.html',
  styleUrl: './quick-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickForm {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly sites = input<SiteDto[]>([]);
  readonly saved = output<IncidentDto>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categories = INCIDENT_CATEGORIES;
  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly severities = INCIDENT_SEVERITIES;
  protected readonly severityLabels = INCIDENT_SEVERITY_LABELS;
  protected readonly severityColors = INCIDENT_SEVERITY_COLORS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly pointText = pointText;

  protected readonly form = new FormGroup({
    category: new FormControl<IncidentCategory | ''>('', { nonNullable: true }),
    severity: new FormControl<IncidentSeverity | ''>('', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true }),
    point: new FormControl<Point | null>(null),
    description: new FormControl('', { nonNullable: true }),
    isExercise: new FormControl(false, { nonNullable: true }),
    isCrime: new FormControl(false, { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);
  protected readonly locating = signal(false);
  protected readonly positionNote = signal('');

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
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

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const draft = this.form.getRawValue() as QuickDraft;
    const body = quickBody(draft);
    const options = formErrorOptions(this.transloco);
    const invalid = validateForApi(incidentCreateSchema, body, this.lang(), options);
    if (invalid) {
      // an unchosen select is "required", not "must be one of …" (the schema sees no value)
      for (const field of ['category', 'severity'] as const) {
        if (!draft[field] && invalid.fields[field])
          invalid.fields[field] = validationMessage('required', this.lang());
      }
      // the schema checks the place only once the rest is valid: say it now, with the others
      if (!hasWhere(draft))
        invalid.fields['location'] ??= validationMessage('location_required', this.lang());
      return this.showErrors(invalid);
    }
    this.errors.set(null);
    this.busy.set(true);
    try {
      const incident = await this.incidentsApi.create(this.eventId(), body);
      this.form.reset(emptyQuickDraft());
      this.positionNote.set('');
      this.saved.emit(incident);
    } catch (error) {
      this.showErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(placeFieldErrors(errors, QUICK_FIELDS));
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
