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
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  geometryTypeOfKind,
  isSizedSiteKind,
  LatLng,
  SiteCreate,
  siteCreateSchema,
  SiteDto,
  SiteGeometry,
  SiteKind,
  SITE_KIND_LABELS,
  SITE_KINDS,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage, formErrorOptions } from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { geometryAt } from '../site-geometry-placement';
import { SiteSizeFields } from '../site-size-fields/site-size-fields';
import { SITE_SIZE_FIELDS, siteSizeBody, siteSizeForm } from '../site-size-fields/site-size-form';
import { SitesApi } from '../sites-api';

const FIELDS = ['kind', 'name', 'address', 'description', 'geometry', ...SITE_SIZE_FIELDS] as const;

/**
 * A new site: a shape just drawn on the map (kinds of its geometry type), or a point where the user
 * clicked or where the map points (every kind; lines and areas start as a small shape there).
 */
@Component({
  selector: 'tp-site-form',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert, SiteSizeFields],
  templateUrl: './site-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteForm {
  private readonly sitesApi = inject(SitesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly point = input.required<LatLng>();
  /** A drawn shape; without it the site is placed at `point`. */
  readonly geometry = input<SiteGeometry | null>(null);
  readonly saved = output<SiteDto>();
  readonly cancelled = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kinds = computed(() => {
    const drawn = this.geometry();
    return drawn ? SITE_KINDS.filter((kind) => geometryTypeOfKind(kind) === drawn.type) : SITE_KINDS;
  });
  protected readonly kindLabels = SITE_KIND_LABELS;
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
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  private readonly firstField = viewChild.required<ElementRef<HTMLSelectElement>>('firstField');

  constructor() {
    // The form opens after a click on the map: move focus into it so the user can type at once.
    afterNextRender(() => this.firstField().nativeElement.focus());
    effect(() => {
      const kinds = this.kinds();
      const current = untracked(() => this.form.controls.kind.value);
      if (!kinds.includes(current)) this.form.controls.kind.setValue(kinds[0]);
    });
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
      geometry: this.geometry() ?? geometryAt(value.kind, point),
      ...siteSizeBody(value.kind, value.footprint),
    };
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(siteCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.busy.set(true);
    try {
      const site = await this.sitesApi.create(this.eventId(), body);
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
