import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { geometryTypeOfKind, SiteKind } from '@tryggplan/shared/domain';
import { KIND_STYLES, shapePath } from './kind-style';

/** The map symbol of a kind, for legends and lists; decorative, as the kind's name stands beside it. */
@Component({
  selector: 'tp-kind-symbol',
  template: `
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      @switch (type()) {
        @case ('Point') {
          <path [attr.d]="path()" [attr.fill]="style().colour" stroke="#ffffff" stroke-width="1.5" />
        }
        @case ('LineString') {
          <path
            d="M 2 18 L 10 8 L 22 12"
            fill="none"
            [attr.stroke]="style().colour"
            stroke-width="4"
            [attr.stroke-dasharray]="style().dash ?? null"
          />
        }
        @default {
          <rect
            x="3"
            y="4"
            width="18"
            height="16"
            [attr.fill]="style().colour"
            fill-opacity="0.2"
            [attr.stroke]="style().colour"
            stroke-width="2.5"
            [attr.stroke-dasharray]="style().dash ?? null"
          />
        }
      }
    </svg>
  `,
  styles: ':host { display: inline-flex; flex: none; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KindSymbol {
  readonly kind = input.required<SiteKind>();

  protected readonly style = computed(() => KIND_STYLES[this.kind()]);
  protected readonly type = computed(() => geometryTypeOfKind(this.kind()));
  protected readonly path = computed(() => shapePath(this.style().shape ?? 'circle'));
}
