import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_ENTRY_KIND_LABELS,
  INCIDENT_SEVERITY_COLORS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  incidentLabel,
  incidentNoteSchema,
  Language,
  PartnerIncidentDto,
  PartnerIncidentEntryDto,
  POLICE_REPORT_STATUS_LABELS,
} from '@tryggplan/shared/domain';
import { focusFirstError, FormErrors, toFormErrors } from '@tryggplan/web/core';
import { DateTimePipe, FieldControl, FieldError, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { SharedPlansApi } from '../partners-api';
import { incidentDomId, incidentPlace, policeState } from './shared-incidents-model';

const NOTE_FIELDS = ['body'] as const;

/**
 * One incident as a partner sees it: what, when, where, how serious, the police report; the people
 * and the description only when the share includes names. Its timeline opens on demand, with the
 * partner's note form under it.
 */
@Component({
  selector: 'tp-shared-incident-card',
  imports: [TranslocoPipe, DateTimePipe, FieldControl, FieldError, FormAlert],
  templateUrl: './shared-incident-card.html',
  styleUrl: './shared-incident-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedIncidentCard {
  private readonly api = inject(SharedPlansApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly shareId = input.required<string>();
  readonly incident = input.required<PartnerIncidentDto>();
  readonly lang = input.required<Language>();
  /** Arrived through the live stream while the page was open. */
  readonly fresh = input(false);
  /** A note was written: the page adds it and reads the list again. */
  readonly noted = output<PartnerIncidentEntryDto>();

  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly statusLabels = INCIDENT_STATUS_LABELS;
  protected readonly kindLabels = INCIDENT_ENTRY_KIND_LABELS;
  protected readonly policeLabels = POLICE_REPORT_STATUS_LABELS;

  protected readonly id = computed(() => incidentDomId(this.incident()));
  protected readonly label = computed(() => incidentLabel(this.incident().number));
  protected readonly place = computed(() => incidentPlace(this.incident().location));
  protected readonly police = computed(() => policeState(this.incident()));
  protected readonly severityLabel = computed(
    () => INCIDENT_SEVERITY_LABELS[this.incident().severity][this.lang()],
  );
  protected readonly severityColours = computed(() => INCIDENT_SEVERITY_COLORS[this.incident().severity]);

  protected readonly expanded = signal(false);
  protected readonly note = signal('');
  protected readonly noteErrors = signal<FormErrors | null>(null);
  protected readonly busy = signal(false);

  protected toggle(): void {
    this.expanded.update((open) => !open);
  }

  protected async addNote(): Promise<void> {
    if (this.busy()) return;
    const body = { body: this.note() };
    const options = errorOptions(this.transloco, NOTE_FIELDS);
    const invalid = validateForApi(incidentNoteSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.busy.set(true);
    try {
      const entry = await this.api.addIncidentNote(
        this.shareId(),
        this.incident().id,
        incidentNoteSchema.parse(body).body,
      );
      this.note.set('');
      this.noteErrors.set(null);
      this.noted.emit(entry);
    } catch (error) {
      this.showErrors(toFormErrors(error, options));
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: FormErrors): void {
    this.noteErrors.set(errors);
    const form = this.host.nativeElement.querySelector<HTMLElement>('form');
    focusFirstError(form ?? this.host.nativeElement, this.injector);
  }
}
