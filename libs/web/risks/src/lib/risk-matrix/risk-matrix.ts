import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CONSEQUENCE_LABELS,
  CONSEQUENCE_VALUES,
  Language,
  LIKELIHOOD_LABELS,
  MatrixCell,
  RISK_LEVEL_COLOURS,
  RISK_LEVEL_LABELS,
} from '@tryggplan/shared/domain';
import type { MatrixBasis } from '../risks-api';

export interface ChosenCell {
  likelihood: number;
  consequence: number;
}

/**
 * The 5 × 5 heat map: likelihood up the side (5 at the top), consequence across. Each cell is a
 * button naming its level and count, so it is reachable and readable without seeing colour.
 */
@Component({
  selector: 'tp-risk-matrix',
  imports: [TranslocoPipe],
  templateUrl: './risk-matrix.html',
  styleUrl: './risk-matrix.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskMatrix {
  readonly cells = input.required<MatrixCell[][]>();
  readonly basis = input.required<MatrixBasis>();
  readonly lang = input.required<Language>();
  readonly chosen = input<ChosenCell | null>(null);
  readonly unassessed = input(0);
  readonly cellChosen = output<ChosenCell>();
  readonly basisChange = output<MatrixBasis>();

  protected readonly consequences = CONSEQUENCE_VALUES;
  protected readonly consequenceLabels = CONSEQUENCE_LABELS;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly colours = RISK_LEVEL_COLOURS;

  protected isChosen(cell: MatrixCell): boolean {
    const chosen = this.chosen();
    return !!chosen && chosen.likelihood === cell.likelihood && chosen.consequence === cell.consequence;
  }
}
