import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  model,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  geometryTypeOfKind,
  isSizedSiteKind,
  RISK_LEVEL_LABELS,
  RiskDto,
  SiteDto,
  SiteKind,
  SITE_KIND_LABELS,
  SITE_KINDS,
  SiteUpdate,
  siteUpdateSchema,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage, formErrorOptions } from '@tryggplan/web/core';
import { DateTimePipe, FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { SiteSizeFields } from '../site-size-fields/site-size-fields';
import {
  SITE_SIZE_FIELDS,
  siteSizeBody,
  siteSizeForm,
  siteSizeFormValue,
  siteSizeParams,
} from '../site-size-fields/site-size-form';
import { ScheduleEntry, SitesApi } from '../sites-api';

const FIELDS = ['kind', 'name', 'address', 'description', ...SITE_SIZE_FIELDS] as const;

/** What a site's popup shows: its details, linked risks with levels, appearances there; edit in place. */
@Component({
  selector: 'tp-site-popup',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    SiteSizeFields,
  ],
  templateUrl: './site-popup.html',
  styleUrl: './site-popup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SitePopup {
  private readonly sitesApi = inject(SitesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly site = input.required<SiteDto>();
  readonly schedule = input<readonly ScheduleEntry[]>([]);
  readonly timezone = input('Europe/Stockholm');
  readonly editing = model(false);

  readonly saved = output<SiteDto>();
  readonly editShape = output<void>();
  readonly moveToCenter = output<void>();
  readonly deleteRequested = output<void>();
  readonly reloadRequested = output<void>();
  readonly closed = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly risks = signal<RiskDto[] | null>(null);
  protected readonly risksFailed = signal(false);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);
  protected readonly kinds = computed(() => {
    const type = this.site().geometry.type;
    return SITE_KINDS.filter((kind) => geometryTypeOfKind(kind) === type);
  });
  protected readonly appearances = computed(() =>
    this.schedule().filter((item) => item.siteId === this.site().id),
  );
  protected readonly form = new FormGroup({
    kind: new FormControl<SiteKind>('venue', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    footprint: siteSizeForm(),
  });
  private readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  /** Venues, stages and tents take a size; the fields show only for them. */
  protected readonly sized = computed(() => isSizedSiteKind(this.kind()));
  /** The saved site's size for the details, worded with the user's decimal sign. */
  protected readonly sizeParams = computed(() => {
    const site = this.site();
    return site.size ? siteSizeParams(site.size, site.rotation, this.lang()) : null;
  });

  constructor() {
    effect(() => {
      const siteId = this.site().id;
      const eventId = this.eventId();
      untracked(() => void this.loadRisks(eventId, siteId));
    });
    effect(() => {
      const site = this.site();
      if (this.editing()) {
        untracked(() => {
          this.form.setValue({
            kind: site.kind,
            name: site.name,
            address: site.address,
            description: site.description,
            footprint: siteSizeFormValue(site),
          });
          this.focus('#site-popup-name');
        });
      }
    });
  }

  protected startEditing(): void {
    this.errors.set(null);
    this.conflict.set(false);
    this.editing.set(true);
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.errors.set(null);
    this.focus('#site-popup-edit');
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const { footprint, ...value } = this.form.getRawValue();
    const body: SiteUpdate = {
      ...value,
      ...siteSizeBody(value.kind, footprint),
      version: this.site().version,
    };
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(siteUpdateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const site = await this.sitesApi.update(this.eventId(), this.site().id, body);
      this.editing.set(false);
      this.saved.emit(site);
      this.focus('#site-popup-edit');
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('maps.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  protected reload(): void {
    this.conflict.set(false);
    this.errors.set(null);
    this.editing.set(false);
    this.reloadRequested.emit();
  }

  private async loadRisks(eventId: string, siteId: string): Promise<void> {
    this.risks.set(null);
    this.risksFailed.set(false);
    try {
      const page = await this.sitesApi.risksAt(eventId, siteId);
      if (this.site().id === siteId) this.risks.set(page.items);
    } catch {
      this.risksFailed.set(true);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
