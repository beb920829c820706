import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  SiteDto,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  staffCreateSchema,
  StaffMemberDto,
  StaffRole,
  staffUpdateSchema,
} from '@tryggplan/shared/domain';
import { focusFirstError, formErrorOptions, FormErrors, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { StaffApi } from '../staff-api';
import {
  draftOfMember,
  emptyShift,
  emptyStaffDraft,
  ShiftDraft,
  StaffDraft,
  staffBody,
} from '../staff-form-model';

/**
 * Adds or edits one staff member: name, role, organisation, contact and shifts, each shift at an
 * optional post. Checked with the API's own schema before sending; a 409 offers a reload.
 */
@Component({
  selector: 'tp-staff-form',
  imports: [TranslocoPipe, FormAlert, DateTimeField, FieldControl, FieldError],
  templateUrl: './staff-form.html',
  styleUrl: './staff-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffForm {
  private readonly staffApi = inject(StaffApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  /** The person edited; null to add someone. */
  readonly member = input<StaffMemberDto | null>(null);
  readonly sites = input<readonly SiteDto[]>([]);
  readonly timeZone = input.required<string>();
  readonly saved = output<StaffMemberDto>();
  readonly cancelled = output<void>();
  /** Asks the page for the person as now saved, after a 409. */
  readonly reloadRequested = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roles = STAFF_ROLES;
  protected readonly roleLabels = STAFF_ROLE_LABELS;
  protected readonly draft = signal<StaffDraft>(emptyStaffDraft());
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const member = this.member();
      const timeZone = this.timeZone();
      untracked(() => {
        this.draft.set(member ? draftOfMember(member, timeZone) : emptyStaffDraft());
        this.errors.set(null);
        this.conflict.set(false);
      });
    });
  }

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
  }

  protected set<K extends keyof Omit<StaffDraft, 'shifts'>>(field: K, value: StaffDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }

  protected chooseRole(value: string): void {
    if (STAFF_ROLES.includes(value as StaffRole)) this.set('role', value as StaffRole);
  }

  protected setShift(index: number, change: Partial<Omit<ShiftDraft, 'key'>>): void {
    this.draft.update((draft) => ({
      ...draft,
      shifts: draft.shifts.map((shift, at) => (at === index ? { ...shift, ...change } : shift)),
    }));
  }

  protected addShift(): void {
    const index = this.draft().shifts.length;
    this.draft.update((draft) => ({ ...draft, shifts: [...draft.shifts, emptyShift()] }));
    this.focusAfterRender(`#staff-shift-${index}-start`);
  }

  protected removeShift(index: number): void {
    const remaining = this.draft().shifts.length - 1;
    this.draft.update((draft) => ({ ...draft, shifts: draft.shifts.filter((_, at) => at !== index) }));
    this.focusAfterRender(
      remaining > 0 ? `#staff-shift-${Math.min(index, remaining - 1)}-start` : '#staff-add-shift',
    );
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const member = this.member();
    const body = staffBody(this.draft(), this.timeZone());
    const update = member ? { ...body, version: member.version } : null;
    const options = formErrorOptions(this.transloco);
    const invalid = update
      ? validateForApi(staffUpdateSchema, update, this.lang(), options)
      : validateForApi(staffCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const saved =
        member && update
          ? await this.staffApi.update(this.eventId(), member.id, update)
          : await this.staffApi.create(this.eventId(), body);
      this.saved.emit(saved);
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('staff.form.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
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
