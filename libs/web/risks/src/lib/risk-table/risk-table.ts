import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language, RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, RiskDto } from '@tryggplan/shared/domain';
import { ariaSort, RegisterSort, SortColumn } from '../register-filter';
import { mitigationDue, stockholmToday } from '../mitigation-due';
import { RiskLevelBadge } from '../risk-level/risk-level';

interface Column {
  key: SortColumn;
  label: string;
}

/** The register as a table; headers are sort buttons with aria-sort. */
@Component({
  selector: 'tp-risk-table',
  imports: [RouterLink, TranslocoPipe, RiskLevelBadge],
  templateUrl: './risk-table.html',
  styleUrl: './risk-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskTable {
  readonly risks = input.required<RiskDto[]>();
  readonly sort = input.required<RegisterSort>();
  readonly lang = input.required<Language>();
  /** New partner comments per risk id, shown beside the risk's title. */
  readonly unread = input<Record<string, number>>({});
  readonly sortChange = output<SortColumn>();

  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly columns: Column[] = [
    { key: 'title', label: 'risks.fields.title' },
    { key: 'category', label: 'risks.fields.category' },
    { key: 'score', label: 'risks.table.inherent' },
    { key: 'residualScore', label: 'risks.table.residual' },
    { key: 'status', label: 'risks.fields.status' },
    { key: 'owner', label: 'risks.fields.owner' },
    { key: 'nextDueDate', label: 'risks.table.nextDue' },
  ];
  protected readonly rows = computed(() => {
    const today = stockholmToday();
    return this.risks().map((risk) => ({ risk, due: mitigationDue(risk.mitigations, today) }));
  });

  protected ariaSort(column: SortColumn) {
    return ariaSort(this.sort(), column);
  }
}
