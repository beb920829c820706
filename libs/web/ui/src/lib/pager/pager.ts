import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Previous/next page buttons under a paged list; `step` says which way the user went. */
@Component({
  selector: 'tp-pager',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar">
      <button
        type="button"
        class="button button--secondary"
        [disabled]="!hasPrevious()"
        (click)="step.emit(-1)"
      >
        {{ 'common.previousPage' | transloco }}
      </button>
      <button type="button" class="button button--secondary" [disabled]="!hasNext()" (click)="step.emit(1)">
        {{ 'common.nextPage' | transloco }}
      </button>
    </div>
  `,
})
export class Pager {
  readonly hasPrevious = input.required<boolean>();
  readonly hasNext = input.required<boolean>();
  readonly step = output<-1 | 1>();
}
