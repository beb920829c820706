import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Language,
  MITIGATION_STATUS_LABELS,
  RevisionDto,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_STATUS_LABELS,
  RiskLevel,
  SITE_KIND_LABELS,
} from '@tryggplan/shared/domain';
import { PublicConfigStore } from '@tryggplan/web/core';
import { DateTimePipe, SiteMap } from '@tryggplan/web/ui';

/** A published revision, read-only: level counts, the register with levels as text, sites and schedule. */
@Component({
  selector: 'tp-revision-view',
  imports: [TranslocoPipe, DateTimePipe, SiteMap],
  templateUrl: './revision-view.html',
  styleUrl: './revision-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionView {
  readonly revision = input.required<RevisionDto>();
  readonly lang = input.required<Language>();

  protected readonly config = inject(PublicConfigStore).config;
  protected readonly levels = [...RISK_LEVELS].reverse();
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly mitigationLabels = MITIGATION_STATUS_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly siteNames = computed(
    () => new Map((this.revision().sites ?? []).map((site) => [site.id, site.name])),
  );

  constructor() {
    void inject(PublicConfigStore).load();
  }

  protected levelText(score: number | null, level: RiskLevel | null): string {
    return score === null || level === null ? '–' : `${score} ${this.levelLabels[level][this.lang()]}`;
  }
}
