import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, TemplateRef } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  buildMatrix,
  CONSEQUENCE_LABELS,
  CONSEQUENCE_VALUES,
  Language,
  LIKELIHOOD_LABELS,
  MITIGATION_STATUS_LABELS,
  RevisionDto,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_COLOURS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_STATUS_LABELS,
  RiskDto,
  RiskLevel,
  SITE_KIND_LABELS,
} from '@tryggplan/shared/domain';
import { PublicConfigStore } from '@tryggplan/web/core';
import { DateTimePipe, MapHost, SiteLayer } from '@tryggplan/web/ui';

/** What a risk card hands to the template shown at its foot (the partner's comments on that risk). */
export interface RiskCardContext {
  $implicit: RiskDto;
  /** The risk's 1-based place in the revision's register: tells risks of one title apart. */
  number: number;
}

/**
 * A published revision, read-only: level counts, the register as numbered risk cards (levels as text),
 * sites and schedule. `riskFooter` is shown at the foot of every risk card.
 */
@Component({
  selector: 'tp-revision-view',
  imports: [NgTemplateOutlet, TranslocoPipe, DateTimePipe, MapHost, SiteLayer],
  templateUrl: './revision-view.html',
  styleUrl: './revision-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionView {
  readonly revision = input.required<RevisionDto>();
  readonly lang = input.required<Language>();
  readonly riskFooter = input<TemplateRef<RiskCardContext> | null>(null);

  protected readonly config = inject(PublicConfigStore).config;
  protected readonly levels = [...RISK_LEVELS].reverse();
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly mitigationLabels = MITIGATION_STATUS_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly levelColours = RISK_LEVEL_COLOURS;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly consequenceLabels = CONSEQUENCE_LABELS;
  protected readonly consequences = CONSEQUENCE_VALUES;
  /** The inherent 5 × 5 matrix of the revision's risks, likelihood 5 in the top row. */
  protected readonly matrix = computed(() => buildMatrix(this.revision().risks ?? []));
  protected readonly siteNames = computed(
    () => new Map((this.revision().sites ?? []).map((site) => [site.id, site.name])),
  );

  constructor() {
    void inject(PublicConfigStore).load();
  }

  /** The names of the risk's sites, when the revision carries the sites. */
  protected sitesOf(risk: RiskDto): string {
    const names = this.siteNames();
    return risk.siteIds
      .map((id) => names.get(id))
      .filter((name) => name !== undefined)
      .join(', ');
  }

  protected levelText(score: number | null, level: RiskLevel | null): string {
    return score === null || level === null ? '–' : `${score} ${this.levelLabels[level][this.lang()]}`;
  }
}
