import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  LatLng,
  POINT_SITE_KINDS,
  SiteCreate,
  siteCreateSchema,
  SiteDto,
  SITE_KIND_LABELS,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { EventsApi } from '../events-api';

type PointSiteKind = (typeof POINT_SITE_KINDS)[number];
const FIELDS = ['kind', 'name', 'address', 'description', 'geometry'] as const;

/** A new point site where the user clicked the map: kind, name, address and description. */
@Component({
  selector: 'tp-site-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './site-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteForm {
  private readonly eventsApi = inject(EventsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly point = input.required<LatLng>();
  readonly saved = output<SiteDto>();
  readonly cancelled = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kinds = POINT_SITE_KINDS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly form = new FormGroup({
    kind: new FormControl<PointSiteKind>('venue', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  private readonly firstField = viewChild.required<ElementRef<HTMLSelectElement>>('firstField');

  constructor() {
    // The form opens after a click on the map: move focus into it so the user can type at once.
    afterNextRender(() => this.firstField().nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const point = this.point();
    const body: SiteCreate = {
      kind: value.kind,
      name: value.name,
      address: value.address,
      description: value.description,
      geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
    };
    const options = {
      fallbackMessage: this.transloco.translate('errors.unexpected'),
      invalidMessage: this.transloco.translate('errors.checkFields'),
      fields: FIELDS,
    };
    const invalid = validateForApi(siteCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.busy.set(true);
    try {
      const site = await this.eventsApi.createSite(this.eventId(), body);
      this.form.reset();
      this.saved.emit(site);
    } catch (error) {
      this.showErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
