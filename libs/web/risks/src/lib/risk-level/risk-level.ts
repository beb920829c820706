import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Language, RISK_LEVEL_COLOURS, RISK_LEVEL_LABELS, RiskLevel } from '@tryggplan/shared/domain';

/** A risk level as text on its matrix colour (colour is never the only cue). */
@Component({
  selector: 'tp-risk-level',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="risk-level" [style.background]="colour()"
    >{{ label() }}
    @if (score() !== null) {
      <span class="risk-level__score">{{ score() }}</span>
    }
  </span>`,
  styles: `
    .risk-level {
      display: inline-flex;
      gap: 0.375rem;
      align-items: baseline;
      padding: 0.0625rem 0.5rem;
      border: 1px solid #595959;
      border-radius: 999px;
      color: #1a1a1a;
      font-weight: 600;
      white-space: nowrap;
    }
    .risk-level__score {
      font-weight: 400;
    }
  `,
})
export class RiskLevelBadge {
  readonly level = input.required<RiskLevel>();
  readonly lang = input.required<Language>();
  readonly score = input<number | null>(null);

  protected readonly colour = computed(() => RISK_LEVEL_COLOURS[this.level()]);
  protected readonly label = computed(() => RISK_LEVEL_LABELS[this.level()][this.lang()]);
}
