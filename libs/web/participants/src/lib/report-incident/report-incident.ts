import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  INCIDENT_STATUS_LABELS,
  incidentLabel,
  ParticipantIncidentDto,
  ParticipantReport,
  participantReportSchema,
} from '@tryggplan/shared/domain';
import {
  errorMessage,
  focusFirstError,
  formErrorOptions,
  FormErrors,
  isoToLocalInput,
  localInputToIso,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import {
  DateTimePipe,
  FieldControl,
  FieldError,
  DateTimeField,
  FormAlert,
  validateForApi,
} from '@tryggplan/web/ui';
import { FlushResult, newClientId, ReportQueue } from './report-queue';

const REPORT_FIELDS = ['description', 'occurredAt', 'place', 'mayCall'] as const;

type Outcome = { kind: 'sent'; name: string } | { kind: 'queued' } | null;

/**
 * "Rapportera en händelse" on the participant's own page: what, when, where and whether they may
 * be called. Works without a network: the report is kept on the phone and sent when it is back.
 * Below, the person's own reports with their status.
 */
@Component({
  selector: 'tp-report-incident',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
  ],
  templateUrl: './report-incident.html',
  styleUrl: './report-incident.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportIncident {
  private readonly queue = inject(ReportQueue);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly token = input.required<string>();
  readonly timeZone = input(DEFAULT_TIMEZONE);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly statusLabels = INCIDENT_STATUS_LABELS;
  protected readonly label = incidentLabel;
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true }),
    occurredAt: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true }),
    mayCall: new FormControl(false, { nonNullable: true }),
  });
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly outcome = signal<Outcome>(null);
  protected readonly waiting = signal<ParticipantReport[]>([]);
  protected readonly reports = signal<ParticipantIncidentDto[] | null>(null);
  protected readonly listError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly sentName = computed(() => {
    const outcome = this.outcome();
    return outcome?.kind === 'sent' ? outcome.name : '';
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => {
        this.resetForm();
        this.waiting.set(this.queue.pending(token));
        // reports made on this phone are shown at once; others when the person asks
        if (this.queue.hasReported(token) || this.waiting().length > 0) void this.loadReports();
        if (this.waiting().length > 0) void this.sendWaiting();
      });
    });
    this.followConnection();
  }

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const touchedTime = this.form.controls.occurredAt.dirty;
    const report: ParticipantReport = {
      clientId: newClientId(),
      description: value.description,
      // untouched, the time is when the person pressed send, not when the report reaches the server
      occurredAt: touchedTime
        ? (localInputToIso(value.occurredAt, this.timeZone()) ?? value.occurredAt)
        : new Date().toISOString(),
      ...(value.place.trim() ? { place: value.place } : {}),
      mayCall: value.mayCall,
    };
    const options = formErrorOptions(this.transloco, { fields: REPORT_FIELDS });
    const invalid = validateForApi(participantReportSchema, report, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.busy.set(true);
    // kept on the phone before it is sent: a lost answer or a dead network loses nothing
    this.queue.enqueue(this.token(), report);
    this.resetForm();
    try {
      const result = await this.queue.flush(this.token());
      this.show(result, report);
    } finally {
      this.busy.set(false);
    }
  }

  protected async loadReports(): Promise<void> {
    this.listError.set(null);
    try {
      this.reports.set(await this.queue.mine(this.token()));
    } catch (error) {
      this.listError.set(errorMessage(error, this.transloco));
    }
  }

  private async sendWaiting(): Promise<void> {
    // one sending at a time on this page (a send already under way takes what waits along)
    if (this.busy()) return;
    this.busy.set(true);
    try {
      this.show(await this.queue.flush(this.token()));
    } finally {
      this.busy.set(false);
    }
  }

  private show(result: FlushResult, made?: ParticipantReport): void {
    this.waiting.set(this.queue.pending(this.token()));
    const mine = made && result.sent.find((sent) => sent.clientId === made.clientId);
    if (mine) this.outcome.set({ kind: 'sent', name: incidentLabel(mine.incident.number) });
    else if (made && result.waiting.some((report) => report.clientId === made.clientId)) {
      this.outcome.set({ kind: 'queued' });
    } else if (!made && result.sent.length > 0 && this.waiting().length === 0) {
      this.outcome.set({
        kind: 'sent',
        name: result.sent.map((sent) => incidentLabel(sent.incident.number)).join(', '),
      });
    }
    const refused =
      result.refused.find((item) => item.report.clientId === made?.clientId) ?? result.refused[0];
    if (refused) {
      // the server will not take it: the text goes back into the form with the reason beside it
      this.outcome.set(null);
      this.form.patchValue({ description: refused.report.description, place: refused.report.place ?? '' });
      this.showErrors(
        toFormErrors(refused.error, formErrorOptions(this.transloco, { fields: REPORT_FIELDS })),
      );
    }
    if (result.sent.length > 0) void this.loadReports();
  }

  private resetForm(): void {
    this.form.reset({
      description: '',
      occurredAt: isoToLocalInput(new Date().toISOString(), this.timeZone()),
      place: '',
      mayCall: false,
    });
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }

  /** Back online: what waits is sent, and the list shows the new status. */
  private followConnection(): void {
    if (typeof window === 'undefined') return;
    const online = () => {
      if (this.queue.pending(this.token()).length > 0) void this.sendWaiting();
      else if (this.reports()) void this.loadReports();
    };
    window.addEventListener('online', online);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', online));
  }
}
