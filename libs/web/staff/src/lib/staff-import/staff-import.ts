import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  formatClock,
  formatDate,
  SiteDto,
  STAFF_COLUMN_LABELS,
  STAFF_IMPORT_FIELDS,
  STAFF_ROLE_LABELS,
  StaffImportField,
} from '@tryggplan/shared/domain';
import { errorMessage, isApiError, RowProblem, rowProblems, UiLanguage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { StaffApi, StaffImportAction, StaffImportPreviewRow, staffTemplateUrl } from '../staff-api';

type Step = 'choose' | 'checked' | 'imported';

/**
 * The staff page's import: a CSV or XLSX roster with one row per shift, checked first (a preview of every
 * person as new, changed or unchanged, or every problem by row and column), then saved all or nothing.
 */
@Component({
  selector: 'tp-staff-import',
  imports: [TranslocoPipe, FormAlert],
  templateUrl: './staff-import.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffImport {
  private readonly staffApi = inject(StaffApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly sites = input<SiteDto[]>([]);
  readonly timeZone = input(DEFAULT_TIMEZONE);
  /** Told once an import has saved, so that the page reads the staff again. */
  readonly imported = output<void>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = STAFF_ROLE_LABELS;
  protected readonly file = signal<File | null>(null);
  protected readonly step = signal<Step>('choose');
  protected readonly total = signal(0);
  protected readonly counts = signal<Record<StaffImportAction, number>>({ new: 0, changed: 0, unchanged: 0 });
  protected readonly changes = computed(() => this.counts().new + this.counts().changed);
  protected readonly preview = signal<StaffImportPreviewRow[]>([]);
  protected readonly problems = signal<RowProblem[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly columns = computed(() =>
    STAFF_IMPORT_FIELDS.map((field) => STAFF_COLUMN_LABELS[field][this.lang()]).join(', '),
  );
  private readonly siteNames = computed(() => new Map(this.sites().map((site) => [site.id, site.name])));

  protected templateUrl(kind: 'csv' | 'xlsx'): string {
    return staffTemplateUrl(this.eventId(), kind, this.lang());
  }

  /** A column of the file (`shiftStart`) by its header in the user's language; anything else as it is. */
  protected fieldLabel(field: string): string {
    return (STAFF_IMPORT_FIELDS as readonly string[]).includes(field)
      ? STAFF_COLUMN_LABELS[field as StaffImportField][this.lang()]
      : field;
  }

  protected actionLabel(row: StaffImportPreviewRow): string {
    if (row.action === 'new') return this.transloco.translate('staff.import.actionNew');
    if (row.action === 'unchanged') return this.transloco.translate('staff.import.actionUnchanged');
    const fields = row.changedFields
      .map((field) =>
        field === 'shifts' ? this.transloco.translate('staff.fields.shifts') : this.fieldLabel(field),
      )
      .join(', ');
    return this.transloco.translate('staff.import.actionChanged', { fields });
  }

  protected shiftText(shift: { startsAt: string; endsAt: string; siteId?: string | null }): string {
    const zone = this.timeZone();
    const post = shift.siteId ? this.siteNames().get(shift.siteId) : undefined;
    const time = `${formatDate(shift.startsAt, this.lang(), zone)} ${formatClock(shift.startsAt, zone)}–${formatClock(shift.endsAt, zone)}`;
    return post ? `${time}, ${post}` : time;
  }

  protected onFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.step.set('choose');
    this.problems.set([]);
    this.preview.set([]);
    this.message.set(null);
  }

  protected async run(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.problems.set([]);
    try {
      const result = await this.staffApi.import(this.eventId(), file, dryRun);
      this.total.set(result.total);
      this.counts.set(result.counts);
      this.preview.set(result.preview ?? []);
      this.step.set(dryRun ? 'checked' : 'imported');
      if (!dryRun) this.imported.emit();
    } catch (error) {
      this.step.set('choose');
      const body = error instanceof HttpErrorResponse ? error.error : undefined;
      this.problems.set(isApiError(body) ? rowProblems(body.details ?? []) : []);
      this.message.set(
        this.problems().length > 0
          ? this.transloco.translate('staff.import.problems', { count: this.problems().length })
          : errorMessage(error, this.transloco),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
