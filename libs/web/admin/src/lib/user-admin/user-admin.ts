import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { afterNextRender } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  OrganizationDto,
  PASSWORD_MIN_LENGTH,
  passwordField,
  ROLE_LABELS,
  USER_ROLES,
  UserCreate,
  userCreateSchema,
  UserDto,
  UserRole,
} from '@tryggplan/shared/domain';
import {
  AuthStore,
  focusFirstError,
  FormErrors,
  toFormErrors,
  UiLanguage,
  errorMessage,
  formErrorOptions,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi, StatusMessage } from '@tryggplan/web/ui';
import { z } from 'zod';
import { AdminApi } from '../admin-api';
import { AdminStore } from '../admin-store';

const CREATE_FIELDS = ['email', 'displayName', 'role', 'organizationId', 'password'] as const;
const resetSchema = z.strictObject({ password: passwordField });

/** The users table (reset password, disable/enable) and the form that creates a user. */
@Component({
  selector: 'tp-user-admin',
  imports: [StatusMessage, ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './user-admin.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserAdmin {
  private readonly adminApi = inject(AdminApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly store = inject(AdminStore);
  protected readonly auth = inject(AuthStore);
  protected readonly lang = inject(UiLanguage).current;
  protected readonly roles = USER_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly tableError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly busyUserId = signal<string | null>(null);

  protected readonly resetUser = signal<UserDto | null>(null);
  protected readonly resetPassword = new FormControl('', { nonNullable: true });
  protected readonly resetErrors = signal<FormErrors | null>(null);

  protected readonly createForm = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    displayName: new FormControl('', { nonNullable: true }),
    role: new FormControl<UserRole>('coordinator', { nonNullable: true }),
    organizationId: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly createRole = toSignal(this.createForm.controls.role.valueChanges, {
    initialValue: this.createForm.controls.role.value,
  });
  /** Partner organisations, for the organisation a new partner belongs to. */
  protected readonly organizations = signal<OrganizationDto[] | null>(null);
  protected readonly createErrors = signal<FormErrors | null>(null);
  protected readonly creating = signal(false);
  protected readonly created = signal<{ name: string; invitationUrl?: string } | null>(null);
  protected readonly copied = signal(false);

  constructor() {
    void this.loadOrganizations();
  }

  private async loadOrganizations(): Promise<void> {
    try {
      this.organizations.set((await this.adminApi.organizations()).items);
    } catch (error) {
      this.tableError.set(errorMessage(error, this.transloco));
    }
  }

  private options(fields?: readonly string[]) {
    return formErrorOptions(this.transloco, { fields });
  }

  /** The user whose disabling waits for a confirmation: it ends their sessions at once. */
  protected readonly confirmDisable = signal<UserDto | null>(null);

  protected askToggle(user: UserDto): void {
    if (user.disabled) {
      void this.toggleDisabled(user);
      return;
    }
    this.confirmDisable.set(user);
    this.focusAfterRender('#confirm-disable');
  }

  protected cancelDisable(): void {
    const user = this.confirmDisable();
    this.confirmDisable.set(null);
    if (user) this.focusAfterRender(`#toggle-button-${user.id}`);
  }

  protected async toggleDisabled(user: UserDto): Promise<void> {
    if (this.busyUserId()) return;
    this.confirmDisable.set(null);
    this.busyUserId.set(user.id);
    this.tableError.set(null);
    try {
      const updated = await this.adminApi.updateUser(user.id, {
        disabled: !user.disabled,
        version: user.version,
      });
      this.store.replaceUser(updated);
      this.announce(updated.disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', updated);
    } catch (error) {
      this.showTableError(error);
    } finally {
      this.busyUserId.set(null);
    }
  }

  protected openReset(user: UserDto): void {
    this.resetUser.set(user);
    this.resetPassword.setValue('');
    this.resetErrors.set(null);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#reset-password')?.focus(), {
      injector: this.injector,
    });
  }

  protected closeReset(): void {
    const user = this.resetUser();
    this.resetUser.set(null);
    if (user) this.focusAfterRender(`#reset-button-${user.id}`);
  }

  protected async saveReset(): Promise<void> {
    const user = this.resetUser();
    if (!user || this.busyUserId()) return;
    const password = this.resetPassword.value;
    const options = this.options(['password']);
    const invalid = validateForApi(resetSchema, { password }, this.lang(), options);
    if (invalid) return this.showResetErrors(invalid);
    this.busyUserId.set(user.id);
    try {
      const updated = await this.adminApi.updateUser(user.id, { password, version: user.version });
      this.store.replaceUser(updated);
      this.announce('admin.users.passwordDone', updated);
      this.resetUser.set(null);
      this.focusAfterRender(`#reset-button-${user.id}`);
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        errors.message = this.transloco.translate('admin.users.conflict');
        void this.store.loadUsers();
      }
      this.showResetErrors(errors);
    } finally {
      this.busyUserId.set(null);
    }
  }

  protected async create(): Promise<void> {
    if (this.creating()) return;
    const value = this.createForm.getRawValue();
    const body: UserCreate = {
      email: value.email.trim(),
      displayName: value.displayName,
      role: value.role,
      ...(value.role === 'partner' && value.organizationId ? { organizationId: value.organizationId } : {}),
      ...(value.password ? { password: value.password } : {}),
    };
    const options = this.options(CREATE_FIELDS);
    const invalid = validateForApi(userCreateSchema, body, this.lang(), options);
    if (invalid) return this.showCreateErrors(invalid);
    this.createErrors.set(null);
    this.created.set(null);
    this.copied.set(false);
    this.creating.set(true);
    try {
      const result = await this.adminApi.createUser(body);
      this.store.replaceUser(result.user);
      this.createForm.reset({
        email: '',
        displayName: '',
        role: 'coordinator',
        organizationId: '',
        password: '',
      });
      this.created.set({ name: result.user.displayName, invitationUrl: result.invitationUrl });
      focusFirstError(
        this.host.nativeElement.querySelector('#user-create-result') ?? this.host.nativeElement,
        this.injector,
      );
    } catch (error) {
      this.showCreateErrors(toFormErrors(error, options));
    } finally {
      this.creating.set(false);
    }
  }

  protected async copyInvitation(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set(true);
    } catch {
      // Clipboard access can be refused; select the text so Ctrl+C works.
      const field = this.host.nativeElement.querySelector<HTMLInputElement>('#invitation-url');
      field?.focus();
      field?.select();
    }
  }

  protected selectAll(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private showTableError(error: unknown): void {
    const errors = toFormErrors(error, this.options());
    if (errors.status === 409) {
      errors.message = this.transloco.translate('admin.users.conflict');
      void this.store.loadUsers();
    }
    this.tableError.set(errors.message);
  }

  private showResetErrors(errors: FormErrors): void {
    this.resetErrors.set(errors);
    focusFirstError(
      this.host.nativeElement.querySelector('#reset-form') ?? this.host.nativeElement,
      this.injector,
    );
  }

  private showCreateErrors(errors: FormErrors): void {
    this.createErrors.set(errors);
    focusFirstError(
      this.host.nativeElement.querySelector('#user-create-form') ?? this.host.nativeElement,
      this.injector,
    );
  }

  private announce(key: string, user: UserDto): void {
    this.announcement.set(this.transloco.translate(key, { name: user.displayName }));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
