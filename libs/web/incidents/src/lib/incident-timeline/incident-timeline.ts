import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  describeEntry,
  entryStrikeSchema,
  INCIDENT_ENTRY_KIND_LABELS,
  IncidentEntryDto,
  incidentNoteSchema,
  Language,
} from '@tryggplan/shared/domain';
import { focusFirstError, formErrorOptions, FormErrors, toFormErrors } from '@tryggplan/web/core';
import { DateTimePipe, FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { IncidentsApi } from '../incidents-api';
import { StrikeDialog } from './strike-dialog';

/**
 * The incident's timeline, oldest first: who wrote or changed what, when. Nothing is deleted; a
 * wrong entry is struck through with a reason, and stays readable with who struck it.
 */
@Component({
  selector: 'tp-incident-timeline',
  imports: [TranslocoPipe, DateTimePipe, FieldControl, FieldError, FormAlert, StrikeDialog],
  templateUrl: './incident-timeline.html',
  styleUrl: './incident-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentTimeline {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly incidentId = input.required<string>();
  readonly entries = input.required<IncidentEntryDto[]>();
  readonly lang = input.required<Language>();
  readonly timeZone = input.required<string>();
  /** A note was added or an entry struck: the page reads the incident again. */
  readonly changed = output<'note' | 'strike'>();

  protected readonly kindLabels = INCIDENT_ENTRY_KIND_LABELS;
  protected readonly note = signal('');
  protected readonly noteErrors = signal<FormErrors | null>(null);
  protected readonly noteBusy = signal(false);
  protected readonly striking = signal<IncidentEntryDto | null>(null);
  protected readonly strikeError = signal<string | null>(null);
  protected readonly strikeBusy = signal(false);

  private readonly strikeDialog = viewChild.required(StrikeDialog);

  protected text(entry: IncidentEntryDto): string {
    return describeEntry(entry, this.lang());
  }

  protected author(entry: IncidentEntryDto): string {
    return entry.createdBy || 'Tryggplan';
  }

  protected async addNote(): Promise<void> {
    if (this.noteBusy()) return;
    const body = { body: this.note() };
    const options = formErrorOptions(this.transloco, { fields: ['body'] });
    const invalid = validateForApi(incidentNoteSchema, body, this.lang(), options);
    if (invalid) return this.showNoteErrors(invalid);
    this.noteErrors.set(null);
    this.noteBusy.set(true);
    try {
      await this.incidentsApi.addNote(this.eventId(), this.incidentId(), body.body);
      this.note.set('');
      this.changed.emit('note');
    } catch (error) {
      this.showNoteErrors(toFormErrors(error, options));
    } finally {
      this.noteBusy.set(false);
    }
  }

  protected askStrike(entry: IncidentEntryDto): void {
    this.striking.set(entry);
    this.strikeError.set(null);
    this.strikeDialog().open();
  }

  protected async strike(reason: string): Promise<void> {
    const entry = this.striking();
    if (!entry || this.strikeBusy()) return;
    const options = formErrorOptions(this.transloco, { fields: ['reason'] });
    const invalid = validateForApi(entryStrikeSchema, { reason }, this.lang(), options);
    if (invalid) {
      this.strikeError.set(invalid.fields['reason'] ?? invalid.message);
      this.strikeDialog().focusReason();
      return;
    }
    this.strikeBusy.set(true);
    try {
      await this.incidentsApi.strike(this.eventId(), this.incidentId(), entry.id, reason);
      this.strikeDialog().close();
      this.striking.set(null);
      this.changed.emit('strike');
    } catch (error) {
      const errors = toFormErrors(error, options);
      this.strikeError.set(errors.fields['reason'] ?? errors.message);
      this.strikeDialog().focusReason();
    } finally {
      this.strikeBusy.set(false);
    }
  }

  private showNoteErrors(errors: FormErrors): void {
    this.noteErrors.set(errors);
    focusFirstError(
      this.host.nativeElement.querySelector('.timeline__note') ?? this.host.nativeElement,
      this.injector,
    );
  }
}
