import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ApiClient,
  apiPath,
  focusFirstError,
  FormErrors,
  toFormErrors,
  UiLanguage,
  formErrorOptions,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { PASSWORD_MIN_LENGTH, passwordField } from '@tryggplan/shared/domain';
import { z } from 'zod';

const FIELDS = ['password', 'repeat'] as const;
const invitationSchema = z.strictObject({ password: passwordField });

/** `/invite/:token`: an invited user chooses a password (the link works once). */
@Component({
  selector: 'tp-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './invitation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(UiLanguage);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly token = input.required<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true }),
    repeat: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const { password, repeat } = this.form.getRawValue();
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(invitationSchema, { password }, this.language.current(), options);
    if (invalid) return this.showErrors(invalid);
    if (password !== repeat) {
      return this.showErrors({
        status: 400,
        message: options.invalidMessage,
        fields: { repeat: this.transloco.translate('auth.invitation.mismatch') },
        other: [],
      });
    }
    this.errors.set(null);
    this.busy.set(true);
    try {
      await this.api.post(apiPath('auth', 'invitations', this.token()), { password });
      this.done.set(true);
    } catch (error) {
      const errors = toFormErrors(error, options);
      // A used, expired or unknown link answers 404; say what that means here.
      if (errors.status === 404) errors.message = this.transloco.translate('auth.invitation.invalidLink');
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
