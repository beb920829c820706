import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  csvHeaders,
  decodeCsvText,
  EventDto,
  PARTICIPANT_ROLE_LABELS,
  PROTECTION_LEVEL_LABELS,
} from '@tryggplan/shared/domain';
import { isApiError, UiLanguage, errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import {
  COLUMN_TARGETS,
  ColumnTarget,
  initialMapping,
  rememberedMapping,
  rememberMapping,
  RowProblem,
  rowProblems,
} from '../import-columns';
import {
  ImportAction,
  ImportPreviewRow,
  ParticipantsApi,
  participantsTemplateUrl,
} from '../participants-api';
import { printedName } from '../printed-name';
import { xlsxHeaders } from '../xlsx-headers';

type Step = 'choose' | 'checked' | 'imported';

/** `/events/:eventId/participants/import`: file, column mapping, a dry run listing every problem, then all or nothing. */
@Component({
  selector: 'tp-import-page',
  imports: [RouterLink, TranslocoPipe, FormAlert],
  templateUrl: './import-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly targets = COLUMN_TARGETS;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly levelLabels = PROTECTION_LEVEL_LABELS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly headers = signal<string[]>([]);
  protected readonly mapping = signal<Record<string, ColumnTarget>>({});
  protected readonly step = signal<Step>('choose');
  protected readonly total = signal(0);
  protected readonly counts = signal<Record<ImportAction, number>>({ new: 0, changed: 0, unchanged: 0 });
  protected readonly changes = computed(() => this.counts().new + this.counts().changed);
  protected readonly preview = signal<ImportPreviewRow[]>([]);
  /** The preview's rows, each with how its name will print when the folder's fonts can't draw all of it. */
  protected readonly previewRows = computed(() =>
    this.preview().map((person) => ({ person, printed: printedName(person.fullName) })),
  );
  protected readonly problems = signal<RowProblem[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly duplicates = computed(() => this.problems().filter((problem) => problem.duplicate));
  protected readonly invalid = computed(() => this.problems().filter((problem) => !problem.duplicate));

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(
        () =>
          void this.participantsApi.event(eventId).then(
            (event) => this.event.set(event),
            () => null,
          ),
      );
    });
  }

  protected templateUrl(kind: 'csv' | 'xlsx'): string {
    return participantsTemplateUrl(this.eventId(), kind, this.lang());
  }

  protected actionLabel(row: ImportPreviewRow): string {
    if (row.action === 'new') return this.transloco.translate('participants.import.actionNew');
    if (row.action === 'unchanged') return this.transloco.translate('participants.import.actionUnchanged');
    const fields = row.changedFields
      .map((field) => this.transloco.translate(`participants.fields.${field}`))
      .join(', ');
    return this.transloco.translate('participants.import.actionChanged', { fields });
  }

  /** A target or an API field (`emergencyContact.phone`) in words; anything else (a column name) as it is. */
  protected fieldLabel(field: string): string {
    const target = field.replace(/^emergencyContact\.(name|phone)$/, (_, part: string) =>
      part === 'name' ? 'emergencyContactName' : 'emergencyContactPhone',
    );
    if (target === 'ignore') return this.transloco.translate('participants.import.ignore');
    if (!(COLUMN_TARGETS as readonly string[]).includes(target)) return field;
    return this.transloco.translate(`participants.importFields.${target}`);
  }

  protected async onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.reset();
    this.file.set(file);
    if (!file) return;
    try {
      const bytes = await file.arrayBuffer();
      const headers = /\.xlsx$/i.test(file.name)
        ? await xlsxHeaders(bytes)
        : csvHeaders(decodeCsvText(bytes));
      this.headers.set(headers);
      this.mapping.set(initialMapping(headers, rememberedMapping()));
    } catch {
      this.message.set(this.transloco.translate('participants.import.unreadable'));
    }
  }

  protected choose(header: string, event: Event): void {
    const target = (event.target as HTMLSelectElement).value as ColumnTarget;
    this.mapping.update((mapping) => ({ ...mapping, [header]: target }));
    this.step.set('choose');
  }

  protected async run(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    this.problems.set([]);
    rememberMapping(this.mapping());
    try {
      const result = await this.participantsApi.import(this.eventId(), file, this.mapping(), dryRun);
      this.total.set(result.total);
      this.counts.set(result.counts);
      this.preview.set(result.preview ?? []);
      this.step.set(dryRun ? 'checked' : 'imported');
    } catch (error) {
      this.step.set('choose');
      const body = error instanceof HttpErrorResponse ? error.error : undefined;
      this.problems.set(isApiError(body) ? rowProblems(body.details ?? []) : []);
      this.message.set(
        this.problems().length > 0
          ? this.transloco.translate('participants.import.problems', { count: this.problems().length })
          : errorMessage(error, this.transloco),
      );
    } finally {
      this.busy.set(false);
    }
  }

  private reset(): void {
    this.headers.set([]);
    this.mapping.set({});
    this.step.set('choose');
    this.problems.set([]);
    this.preview.set([]);
    this.message.set(null);
  }
}
