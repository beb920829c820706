import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Language,
  LANGUAGES,
  RISK_CATEGORY_LABELS,
  RISK_TEMPLATES,
  riskLevel,
  riskScore,
  RiskDto,
  RiskTemplate,
} from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { RiskLevelBadge } from '../risk-level/risk-level';
import { RisksApi } from '../risks-api';

/** The built-in risk templates in Swedish and English; one click adds one to the register. */
@Component({
  selector: 'tp-template-library',
  imports: [TranslocoPipe, FormAlert, RiskLevelBadge],
  templateUrl: './template-library.html',
  styleUrl: './template-library.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateLibrary {
  private readonly risksApi = inject(RisksApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly lang = input.required<Language>();
  readonly added = output<RiskDto>();

  protected readonly templates = RISK_TEMPLATES;
  protected readonly languages = LANGUAGES;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly busyId = signal<string | null>(null);
  protected readonly addedIds = signal<ReadonlySet<string>>(new Set());
  protected readonly error = signal<string | null>(null);

  protected level(template: RiskTemplate) {
    return riskLevel(riskScore(template.likelihood, template.consequence));
  }

  protected score(template: RiskTemplate) {
    return riskScore(template.likelihood, template.consequence);
  }

  /** Adds the template in the UI language, the language the coordinator reads the register in. */
  protected async add(template: RiskTemplate): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(template.id);
    this.error.set(null);
    try {
      const [risk] = await this.risksApi.addFromTemplates(this.eventId(), [template.id], this.lang());
      this.addedIds.update((ids) => new Set([...ids, template.id]));
      this.added.emit(risk);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.busyId.set(null);
    }
  }
}
