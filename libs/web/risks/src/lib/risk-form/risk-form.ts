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
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CONSEQUENCE_LABELS,
  CONSEQUENCE_VALUES,
  LIKELIHOOD_LABELS,
  LIKELIHOOD_VALUES,
  MITIGATION_STATUS_LABELS,
  MITIGATION_STATUSES,
  MitigationStatus,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RISK_TREATMENT_LABELS,
  RISK_TREATMENTS,
  RiskCategory,
  riskCreateSchema,
  RiskDto,
  riskLevel,
  riskScore,
  RiskStatus,
  RiskTreatment,
  riskUpdateSchema,
  SiteDto,
  SITE_KIND_LABELS,
  validationMessage,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage, formErrorOptions } from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { RiskLevelBadge } from '../risk-level/risk-level';
import { bodyOf, draftOf, emptyDraft, emptyMitigation, MitigationDraft, RiskDraft } from '../risk-form-model';
import { RisksApi } from '../risks-api';

const RISK_FIELDS = [
  'title',
  'description',
  'category',
  'likelihood',
  'consequence',
  'treatment',
  'status',
  'owner',
  'residualLikelihood',
  'residualConsequence',
  'siteIds',
  'mitigations',
] as const;
const MITIGATION_FIELDS = ['description', 'owner', 'dueDate', 'status'] as const;

type MitigationGroup = FormGroup<{
  id: FormControl<string>;
  description: FormControl<string>;
  owner: FormControl<string>;
  dueDate: FormControl<string>;
  status: FormControl<MitigationStatus>;
}>;

function mitigationGroup(value: MitigationDraft): MitigationGroup {
  return new FormGroup({
    id: new FormControl(value.id ?? '', { nonNullable: true }),
    description: new FormControl(value.description, { nonNullable: true }),
    owner: new FormControl(value.owner, { nonNullable: true }),
    dueDate: new FormControl(value.dueDate, { nonNullable: true }),
    status: new FormControl<MitigationStatus>(value.status, { nonNullable: true }),
  });
}

/**
 * Creates a risk, or edits one with the version it was read at: live score and level, residual
 * risk, linked sites and mitigations. A 409 is shown with a reload button; nothing is overwritten.
 */
@Component({
  selector: 'tp-risk-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
    RiskLevelBadge,
  ],
  templateUrl: './risk-form.html',
  styleUrl: './risk-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskForm {
  private readonly risksApi = inject(RisksApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  /** The risk to edit; null to create a new one. */
  readonly risk = input<RiskDto | null>(null);
  readonly sites = input<SiteDto[]>([]);
  readonly saved = output<RiskDto>();
  readonly cancelled = output<void>();
  readonly reloadRequested = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categories = RISK_CATEGORIES;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly treatments = RISK_TREATMENTS;
  protected readonly treatmentLabels = RISK_TREATMENT_LABELS;
  protected readonly statuses = RISK_STATUSES;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly mitigationStatuses = MITIGATION_STATUSES;
  protected readonly mitigationStatusLabels = MITIGATION_STATUS_LABELS;
  protected readonly likelihoods = LIKELIHOOD_VALUES;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly consequences = CONSEQUENCE_VALUES;
  protected readonly consequenceLabels = CONSEQUENCE_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    category: new FormControl<RiskCategory | ''>('', { nonNullable: true }),
    likelihood: new FormControl('', { nonNullable: true }),
    consequence: new FormControl('', { nonNullable: true }),
    treatment: new FormControl<RiskTreatment>('reduce', { nonNullable: true }),
    status: new FormControl<RiskStatus>('open', { nonNullable: true }),
    owner: new FormControl('', { nonNullable: true }),
    residualLikelihood: new FormControl('', { nonNullable: true }),
    residualConsequence: new FormControl('', { nonNullable: true }),
    siteIds: new FormControl<string[]>([], { nonNullable: true }),
    mitigations: new FormArray<MitigationGroup>([]),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** Score and level of the scales chosen so far, computed by the shared matrix. */
  protected readonly inherent = computed(() => assessed(this.value().likelihood, this.value().consequence));
  protected readonly residual = computed(() =>
    assessed(this.value().residualLikelihood, this.value().residualConsequence),
  );
  protected readonly residualTooHigh = computed(() => {
    const inherent = this.inherent();
    const residual = this.residual();
    if (!inherent || !residual || residual.score <= inherent.score) return null;
    return validationMessage('residual_above_inherent', this.lang(), {
      residual: residual.score,
      inherent: inherent.score,
    });
  });

  constructor() {
    // A new version of the risk (after saving or reloading) replaces what the form shows.
    effect(() => {
      const risk = this.risk();
      untracked(() => this.fill(risk ? draftOf(risk) : emptyDraft()));
    });
  }

  protected get mitigations(): FormArray<MitigationGroup> {
    return this.form.controls.mitigations;
  }

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
  }

  protected isLinked(siteId: string): boolean {
    return this.value().siteIds?.includes(siteId) ?? false;
  }

  protected toggleSite(siteId: string, checked: boolean): void {
    const current = this.form.controls.siteIds.value.filter((id) => id !== siteId);
    this.form.controls.siteIds.setValue(checked ? [...current, siteId] : current);
  }

  protected addMitigation(): void {
    this.mitigations.push(mitigationGroup(emptyMitigation()));
    const index = this.mitigations.length - 1;
    this.focusAfterRender(`#risk-mitigation-${index}-description`);
  }

  protected removeMitigation(index: number): void {
    this.mitigations.removeAt(index);
    this.focusAfterRender('#risk-add-mitigation');
  }

  protected reload(): void {
    this.errors.set(null);
    this.conflict.set(false);
    this.reloadRequested.emit();
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const risk = this.risk();
    const draft = this.form.getRawValue() as RiskDraft;
    const body = bodyOf(draft);
    const options = formErrorOptions(this.transloco, { fields: this.fieldNames(draft.mitigations.length) });
    const schema = risk ? riskUpdateSchema : riskCreateSchema;
    const request = risk ? { ...body, version: risk.version } : body;
    const invalid = validateForApi(schema, request, this.lang(), options);
    if (invalid) {
      // an unchosen category is "required", not "must be one of …" (the schema sees no value)
      if (!draft.category && invalid.fields['category']) {
        invalid.fields['category'] = validationMessage('required', this.lang());
      }
      return this.showErrors(invalid);
    }
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const result = risk
        ? await this.risksApi.update(this.eventId(), risk.id, { ...body, version: risk.version })
        : await this.risksApi.create(this.eventId(), body);
      this.saved.emit(result);
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('risks.form.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private fill(draft: RiskDraft): void {
    this.mitigations.clear({ emitEvent: false });
    for (const mitigation of draft.mitigations) {
      this.mitigations.push(mitigationGroup(mitigation), { emitEvent: false });
    }
    const { mitigations: _rows, ...fields } = draft;
    this.form.patchValue(fields);
  }

  private fieldNames(mitigationCount: number): string[] {
    const rows = Array.from({ length: mitigationCount }, (_, index) =>
      MITIGATION_FIELDS.map((field) => `mitigations.${index}.${field}`),
    );
    return [...RISK_FIELDS, ...rows.flat()];
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

function assessed(likelihood?: string, consequence?: string) {
  if (!likelihood || !consequence) return null;
  const score = riskScore(Number(likelihood), Number(consequence));
  return { score, level: riskLevel(score) };
}
