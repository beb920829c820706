import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Language,
  LANGUAGES,
  MAX_PAGE_SIZE,
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
  /** Titles already in the register (lower case), so a template is not added twice by mistake. */
  private readonly registerTitles = signal<ReadonlySet<string>>(new Set());
  protected readonly present = computed(() => {
    const titles = this.registerTitles();
    return new Set(
      this.templates
        .filter((template) => LANGUAGES.some((lang) => titles.has(template.title[lang].toLowerCase())))
        .map((template) => template.id),
    );
  });
  /** The template waiting for "add again" after the warning that it is already in the register. */
  protected readonly confirming = signal<string | null>(null);

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.loadTitles(eventId));
    });
  }

  private async loadTitles(eventId: string): Promise<void> {
    try {
      const page = await this.risksApi.list(eventId, { limit: MAX_PAGE_SIZE });
      this.registerTitles.set(new Set(page.items.map((risk) => risk.title.toLowerCase())));
    } catch {
      // Without the register the library still works; it only cannot warn of doubles.
    }
  }

  protected level(template: RiskTemplate) {
    return riskLevel(riskScore(template.likelihood, template.consequence));
  }

  protected score(template: RiskTemplate) {
    return riskScore(template.likelihood, template.consequence);
  }

  /** Adds the template in the UI language, the language the coordinator reads the register in. */
  protected async add(template: RiskTemplate, again = false): Promise<void> {
    if (this.busyId()) return;
    if (!again && this.present().has(template.id)) {
      this.confirming.set(template.id);
      return;
    }
    this.confirming.set(null);
    this.busyId.set(template.id);
    this.error.set(null);
    try {
      const [risk] = await this.risksApi.addFromTemplates(this.eventId(), [template.id], this.lang());
      this.addedIds.update((ids) => new Set([...ids, template.id]));
      this.registerTitles.update((titles) => new Set([...titles, risk.title.toLowerCase()]));
      this.added.emit(risk);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.busyId.set(null);
    }
  }
}
