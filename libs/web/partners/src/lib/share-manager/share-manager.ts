import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  model,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventDto,
  OrganizationDto,
  SHARE_SCOPE_LABELS,
  SHARE_SCOPES,
  SHARE_STATUS_LABELS,
  ShareDto,
  ShareScope,
  shareCreateSchema,
} from '@tryggplan/shared/domain';
import {
  focusFirstError,
  FormErrors,
  isoToLocalInput,
  localInputToIso,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import {
  DateTimePipe,
  FieldControl,
  FieldError,
  DateTimeField,
  FormAlert,
  validateForApi,
  StatusMessage,
} from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { RiskPlanReviewApi } from '../partners-api';

const FIELDS = ['organizationId', 'scope', 'expiresAt', 'confirmParticipantNames'] as const;

/** The event's shares: who sees the plan, what of it, until when; new shares and revoking. */
@Component({
  selector: 'tp-share-manager',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
  ],
  templateUrl: './share-manager.html',
  styleUrl: '../choice.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareManager {
  private readonly api = inject(RiskPlanReviewApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<EventDto>();
  readonly organizations = input.required<OrganizationDto[]>();
  readonly shares = model.required<ShareDto[]>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly scopes = SHARE_SCOPES;
  protected readonly scopeLabels = SHARE_SCOPE_LABELS;
  protected readonly statusLabels = SHARE_STATUS_LABELS;
  protected readonly form = new FormGroup({
    organizationId: new FormControl('', { nonNullable: true }),
    scope: new FormGroup(
      Object.fromEntries(
        SHARE_SCOPES.map((scope) => [
          scope,
          new FormControl(scope === 'risks' || scope === 'map', { nonNullable: true }),
        ]),
      ) as Record<ShareScope, FormControl<boolean>>,
    ),
    expiresAt: new FormControl('', { nonNullable: true }),
    confirmParticipantNames: new FormControl(false, { nonNullable: true }),
  });
  protected readonly namesChosen = signal(false);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly tableError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.form.controls.scope.controls['participant-names'].valueChanges.subscribe((chosen) => {
      this.namesChosen.set(chosen);
      if (!chosen) this.form.controls.confirmParticipantNames.setValue(false);
    });
  }

  protected defaultExpiry(): string {
    return isoToLocalInput(this.event().endsAt, this.event().timezone || DEFAULT_TIMEZONE);
  }

  protected async share(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const scope = SHARE_SCOPES.filter((part) => value.scope[part]);
    const expiresInput = value.expiresAt || this.defaultExpiry();
    const body = {
      organizationId: value.organizationId,
      scope,
      expiresAt: localInputToIso(expiresInput, this.event().timezone) ?? expiresInput,
      ...(scope.includes('participant-names')
        ? { confirmParticipantNames: value.confirmParticipantNames }
        : {}),
    };
    const options = errorOptions(this.transloco, FIELDS);
    const invalid = validateForApi(shareCreateSchema, body, this.lang(), options);
    if (invalid) return this.show(invalid);
    this.busy.set(true);
    try {
      const share = await this.api.share(this.event().id, shareCreateSchema.parse(body));
      this.shares.update((shares) => [share, ...shares]);
      this.errors.set(null);
      this.announcement.set(
        this.transloco.translate('partners.shares.created', { name: share.organizationName }),
      );
    } catch (error) {
      this.show(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(share: ShareDto): Promise<void> {
    this.tableError.set(null);
    try {
      await this.api.revoke(this.event().id, share.id);
      this.shares.set((await this.api.shares(this.event().id)).items);
      this.announcement.set(
        this.transloco.translate('partners.shares.revoked', { name: share.organizationName }),
      );
    } catch (error) {
      this.tableError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }

  private show(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(
      this.host.nativeElement.querySelector('#share-form') ?? this.host.nativeElement,
      this.injector,
    );
  }
}
