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
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AuthStore,
  focusFirstError,
  FormErrors,
  homeOf,
  safeReturnUrl,
  toFormErrors,
  UiLanguage,
  formErrorOptions,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { loginSchema } from '@tryggplan/shared/domain';

const FIELDS = ['email', 'password'] as const;

@Component({
  selector: 'tp-login-page',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldControl, FieldError, FormAlert],
  templateUrl: './login-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(UiLanguage);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Where to go after logging in (query parameter, set by the guards). */
  readonly returnUrl = input<string | undefined>(undefined);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const body = this.form.getRawValue();
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(loginSchema, body, this.language.current(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.busy.set(true);
    try {
      const user = await this.auth.login(body);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), homeOf(user.role)));
    } catch (error) {
      this.form.controls.password.setValue('');
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
