import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  model,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  organizationCreateSchema,
  OrganizationDto,
  OrganizationKind,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi, StatusMessage } from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { RiskPlanReviewApi } from '../partners-api';

/** Partner organisations; their accounts are made by the admin, since members read all of its shares. */
@Component({
  selector: 'tp-organization-manager',
  imports: [StatusMessage, ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './organization-manager.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationManager {
  private readonly api = inject(RiskPlanReviewApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly organizations = model.required<OrganizationDto[]>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly organizationForm = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    kind: new FormControl<OrganizationKind>('police', { nonNullable: true }),
  });
  protected readonly organizationErrors = signal<FormErrors | null>(null);
  protected readonly announcement = signal('');
  protected readonly busy = signal(false);

  protected async createOrganization(): Promise<void> {
    if (this.busy()) return;
    const body = this.organizationForm.getRawValue();
    const options = errorOptions(this.transloco, ['name', 'kind']);
    const invalid = validateForApi(organizationCreateSchema, body, this.lang(), options);
    if (invalid) return this.show(this.organizationErrors, invalid, '#organization-form');
    this.busy.set(true);
    try {
      const organization = await this.api.createOrganization(organizationCreateSchema.parse(body));
      this.organizations.update((list) =>
        [...list, organization].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      );
      this.organizationForm.reset({ name: '', kind: 'police' });
      this.organizationErrors.set(null);
      this.announcement.set(
        this.transloco.translate('partners.organizations.created', { name: organization.name }),
      );
    } catch (error) {
      this.show(this.organizationErrors, toFormErrors(error, options), '#organization-form');
    } finally {
      this.busy.set(false);
    }
  }

  private show(target: typeof this.organizationErrors, errors: FormErrors, form: string): void {
    target.set(errors);
    focusFirstError(this.host.nativeElement.querySelector(form) ?? this.host.nativeElement, this.injector);
  }
}
