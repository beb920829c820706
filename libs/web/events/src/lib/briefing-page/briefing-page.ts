import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Contact,
  CONTACT_ROLE_LABELS,
  EventDto,
  EventUpdate,
  eventUpdateSchema,
  Language,
  LANGUAGES,
} from '@tryggplan/shared/domain';
import {
  errorMessage,
  focusFirstError,
  formErrorOptions,
  FormErrors,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import {
  FieldControl,
  FieldError,
  FolderDownload,
  FolderFormat,
  FormAlert,
  validateForApi,
  StatusMessage,
} from '@tryggplan/web/ui';
import { briefingPdfUrl, briefingsZipUrl, EventsApi } from '../events-api';

const DUTY_ROLE = 'unit-duty';
const FIELDS = [
  'threatSummary',
  'threatSummaryEn',
  'briefingAdvice',
  'briefingAdviceEn',
  'dutyPhone',
  'dutyEmail',
] as const;

/**
 * `/events/:eventId/briefing`: the texts every folder prints (threat summary, general advice, the unit's
 * duty phone and email), saved with the version read; the general folders to preview; and the ZIP of
 * every participant's personal folder in a chosen format and language.
 */
@Component({
  selector: 'tp-briefing-page',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldControl,
    FieldError,
    FolderDownload,
    FormAlert,
  ],
  templateUrl: './briefing-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BriefingPage {
  private readonly eventsApi = inject(EventsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly languages = LANGUAGES;
  protected readonly formats: FolderFormat[] = ['a4', 'a6'];
  protected readonly event = signal<EventDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  protected readonly zipUrl = (format: FolderFormat, lang: Language) =>
    briefingsZipUrl(this.eventId(), lang, format);
  protected readonly form = new FormGroup({
    threatSummary: new FormControl('', { nonNullable: true }),
    threatSummaryEn: new FormControl('', { nonNullable: true }),
    briefingAdvice: new FormControl('', { nonNullable: true }),
    briefingAdviceEn: new FormControl('', { nonNullable: true }),
    dutyPhone: new FormControl('', { nonNullable: true }),
    dutyEmail: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected folderUrl(format: FolderFormat, lang: Language): string {
    return briefingPdfUrl(this.eventId(), lang, format);
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      this.show(await this.eventsApi.get(eventId));
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected async reload(): Promise<void> {
    await this.load();
    this.announcement.set(this.transloco.translate('folders.texts.reloaded'));
  }

  protected async submit(): Promise<void> {
    const event = this.event();
    if (this.busy() || !event) return;
    const value = this.form.getRawValue();
    const { contacts, dutyIndex } = this.contactsWith(event.contacts, value.dutyPhone, value.dutyEmail);
    const body: EventUpdate = {
      threatSummary: value.threatSummary,
      threatSummaryEn: value.threatSummaryEn,
      briefingAdvice: value.briefingAdvice,
      briefingAdviceEn: value.briefingAdviceEn,
      contacts,
      version: event.version,
    };
    const options = formErrorOptions(this.transloco, {
      fields: FIELDS,
      rename:
        dutyIndex === null
          ? {}
          : { [`contacts.${dutyIndex}.phone`]: 'dutyPhone', [`contacts.${dutyIndex}.email`]: 'dutyEmail' },
    });
    const invalid = validateForApi(eventUpdateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      this.show(await this.eventsApi.update(event.id, body));
      this.announcement.set(this.transloco.translate('folders.texts.saved'));
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('folders.texts.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  /** The contacts with the unit's duty phone and email as the form has them (removed when both are empty). */
  private contactsWith(existing: Contact[], phone: string, email: string) {
    const previous = existing.find((contact) => contact.role === DUTY_ROLE);
    const others = existing.filter((contact) => contact.role !== DUTY_ROLE);
    if (!phone.trim() && !email.trim()) return { contacts: others, dutyIndex: null };
    // the rest of the contact (its English name and notes) is kept as it was
    const {
      phone: _phone,
      email: _email,
      ...kept
    } = previous ?? {
      role: DUTY_ROLE,
      name: CONTACT_ROLE_LABELS[DUTY_ROLE].sv,
      nameEn: CONTACT_ROLE_LABELS[DUTY_ROLE].en,
    };
    const duty: Contact = {
      ...kept,
      role: DUTY_ROLE,
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    };
    return { contacts: [...others, duty], dutyIndex: others.length };
  }

  private show(event: EventDto): void {
    const duty = event.contacts.find((contact) => contact.role === DUTY_ROLE);
    this.event.set(event);
    this.form.reset({
      threatSummary: event.threatSummary,
      threatSummaryEn: event.threatSummaryEn ?? '',
      briefingAdvice: event.briefingAdvice,
      briefingAdviceEn: event.briefingAdviceEn ?? '',
      dutyPhone: duty?.phone ?? '',
      dutyEmail: duty?.email ?? '',
    });
    this.errors.set(null);
    this.conflict.set(false);
    this.title.setTitle(
      `${this.transloco.translate('folders.title')} – ${event.name} – ${this.transloco.translate('app.name')}`,
    );
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
