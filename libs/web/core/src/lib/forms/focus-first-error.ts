import { afterNextRender, Injector } from '@angular/core';

/**
 * After the errors have rendered, moves focus to the first invalid field, or else to the form's
 * alert, so keyboard and screen-reader users land on what needs fixing.
 */
export function focusFirstError(host: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      const target =
        host.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        host.querySelector<HTMLElement>('[data-form-alert]');
      target?.focus();
    },
    { injector },
  );
}
