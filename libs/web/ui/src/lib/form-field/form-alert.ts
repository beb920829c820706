import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The message at the top of a form (failed request, conflict); focusable so focus can be moved to it. */
@Component({
  selector: 'tp-form-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message()) {
      <div
        class="form-alert"
        [class.form-alert--success]="kind() === 'success'"
        role="alert"
        tabindex="-1"
        data-form-alert
      >
        <p class="form-alert__message">{{ message() }}</p>
        @if (items().length > 0) {
          <ul class="form-alert__items">
            @for (item of items(); track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        }
        <ng-content />
      </div>
    }
  `,
})
export class FormAlert {
  readonly message = input<string | null | undefined>(undefined);
  readonly items = input<readonly string[]>([]);
  readonly kind = input<'error' | 'success'>('error');
}
