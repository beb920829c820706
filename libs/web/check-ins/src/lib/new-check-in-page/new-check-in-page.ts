import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CHECK_IN_DEFAULT_ESCALATION_MINUTES,
  CHECK_IN_MAX_ESCALATION_MINUTES,
  CHECK_IN_TARGET_KIND_LABELS,
  CHECK_IN_TARGET_KINDS,
  CheckInCreate,
  checkInCreateSchema,
  CheckInTargetKind,
  DEFAULT_TIMEZONE,
  POLYGON_SITE_KINDS,
  SITE_KIND_LABELS,
  SiteDto,
} from '@tryggplan/shared/domain';
import {
  focusFirstError,
  formErrorOptions,
  FormErrors,
  isoToLocalInput,
  localInputToIso,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { CheckInsApi } from '../check-ins-api';

const FIELDS = [
  'target.kind',
  'target.siteId',
  'target.from',
  'target.to',
  'message',
  'messageEn',
  'escalateAfterMinutes',
] as const;

const isZone = (site: SiteDto): boolean => (POLYGON_SITE_KINDS as readonly string[]).includes(site.kind);

/**
 * `/events/:eventId/check-ins/new`: start a check-in for everyone, for the people in a zone, or for
 * those at or near a site in a time window; with a message in Swedish and English. From an
 * incident (`?incidentId=&siteId=&from=`) the site and time come prefilled.
 */
@Component({
  selector: 'tp-new-check-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
  ],
  templateUrl: './new-check-in-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCheckInPage {
  private readonly checkInsApi = inject(CheckInsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly incidentId = input<string>();
  readonly siteId = input<string>();
  readonly from = input<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kinds = CHECK_IN_TARGET_KINDS;
  protected readonly kindLabels = CHECK_IN_TARGET_KIND_LABELS;
  protected readonly siteKindLabels = SITE_KIND_LABELS;
  protected readonly maxMinutes = CHECK_IN_MAX_ESCALATION_MINUTES;
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly timeZone = signal(DEFAULT_TIMEZONE);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = new FormGroup({
    kind: new FormControl<CheckInTargetKind>('all', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    message: new FormControl('', { nonNullable: true }),
    messageEn: new FormControl('', { nonNullable: true }),
    escalateAfterMinutes: new FormControl<number>(CHECK_IN_DEFAULT_ESCALATION_MINUTES, { nonNullable: true }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: 'all' as const });
  /** A zone asks for a zone or perimeter; "near a site" takes any site. */
  protected readonly choices = computed(() =>
    this.kind() === 'zone' ? this.sites().filter(isZone) : this.sites(),
  );

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected fieldError(field: (typeof FIELDS)[number]): string | undefined {
    return this.errors()?.fields[field];
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const zone = this.timeZone();
    const body: CheckInCreate = {
      target:
        value.kind === 'all'
          ? { kind: 'all' }
          : {
              kind: value.kind,
              siteId: value.siteId || null,
              from: value.from ? (localInputToIso(value.from, zone) ?? value.from) : null,
              to: value.to ? (localInputToIso(value.to, zone) ?? value.to) : null,
            },
      ...(value.message.trim() ? { message: value.message } : {}),
      ...(value.messageEn.trim() ? { messageEn: value.messageEn } : {}),
      escalateAfterMinutes: Number(value.escalateAfterMinutes),
      ...(this.incidentId() ? { incidentId: this.incidentId() } : {}),
    };
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(checkInCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.busy.set(true);
    try {
      const created = await this.checkInsApi.create(this.eventId(), body);
      await this.router.navigate(['/events', this.eventId(), 'check-ins', created.id]);
    } catch (error) {
      this.showErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(eventId: string): Promise<void> {
    try {
      const [event, sites] = await Promise.all([
        this.checkInsApi.event(eventId),
        this.checkInsApi.sites(eventId),
      ]);
      this.timeZone.set(event.timezone);
      this.sites.set(sites);
      this.prefill(sites, event.timezone);
    } catch (error) {
      this.showErrors(toFormErrors(error, formErrorOptions(this.transloco)));
    }
  }

  /** From an incident: people near its site (or in it, for a zone), from when it happened. */
  private prefill(sites: SiteDto[], zone: string): void {
    const site = sites.find((candidate) => candidate.id === this.siteId());
    const from = this.from();
    if (!site && !from) return;
    this.form.patchValue({
      kind: site && isZone(site) ? 'zone' : 'near-site',
      siteId: site?.id ?? '',
      from: from ? isoToLocalInput(from, zone) : '',
    });
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
