import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The message beside a field; its id is `<controlId>-error`, which `tpFieldControl` points at. */
@Component({
  selector: 'tp-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message()) {
      <p class="field-error" [id]="controlId() + '-error'">
        <span class="field-error__icon" aria-hidden="true">!</span>{{ message() }}
      </p>
    }
  `,
})
export class FieldError {
  readonly controlId = input.required<string>();
  readonly message = input<string | null | undefined>(undefined);
}
