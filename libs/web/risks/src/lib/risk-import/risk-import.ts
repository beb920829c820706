import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isApiError, errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import {
  Language,
  RISK_CATEGORY_LABELS,
  RiskCreate,
  riskLevel,
  riskScore,
  RISK_LEVEL_LABELS,
} from '@tryggplan/shared/domain';
import { ImportProblemRow, importProblems } from '../import-problems';
import { RisksApi } from '../risks-api';

/**
 * Import from CSV or XLSX in two steps: the API's dry run checks every row and saves nothing;
 * only a file without problems can then be imported, all rows or none.
 */
@Component({
  selector: 'tp-risk-import',
  imports: [TranslocoPipe, FormAlert],
  templateUrl: './risk-import.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskImport {
  private readonly risksApi = inject(RisksApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly lang = input.required<Language>();
  readonly imported = output<number>();

  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<RiskCreate[] | null>(null);
  protected readonly problems = signal<ImportProblemRow[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected levelOf(risk: RiskCreate): string {
    return this.levelLabels[riskLevel(riskScore(risk.likelihood, risk.consequence))][this.lang()];
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.reset();
  }

  protected async check(): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.reset();
    await this.send(file, true);
  }

  protected async confirm(): Promise<void> {
    const file = this.file();
    if (!file || !this.preview() || this.busy()) return;
    await this.send(file, false);
  }

  private async send(file: File, dryRun: boolean): Promise<void> {
    this.busy.set(true);
    try {
      const result = await this.risksApi.import(this.eventId(), file, dryRun);
      if (result.dryRun) {
        this.preview.set(result.preview);
      } else {
        this.preview.set(null);
        this.imported.emit(result.total);
      }
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(error: unknown): void {
    const body = error instanceof HttpErrorResponse ? error.error : null;
    const problems = isApiError(body) ? importProblems(body.details) : [];
    this.problems.set(problems);
    this.error.set(
      problems.length > 0
        ? this.transloco.translate('risks.import.problems', { count: problems.length })
        : errorMessage(error, this.transloco),
    );
  }

  private reset(): void {
    this.preview.set(null);
    this.problems.set([]);
    this.error.set(null);
  }
}
