import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventDto,
  Language,
  LANGUAGES,
  PERMIT_CHANGED,
  STAFF_CHANGED,
  PERMIT_KIND_LABELS,
  PERMIT_KINDS,
  PERMIT_PACK_DOCUMENT_LABELS,
  PERMIT_PACK_DOCUMENTS,
  PermitApplicationDto,
  permitApplicationUpdateSchema,
  PermitKind,
  permitMissingLabel,
} from '@tryggplan/shared/domain';
import {
  ApiClient,
  apiPath,
  errorMessage,
  EventStream,
  focusFirstError,
  formErrorOptions,
  FormErrors,
  toFormErrors,
  UiLanguage,
} from '@tryggplan/web/core';
import { FieldControl, FieldError, DateTimeField, FormAlert, validateForApi } from '@tryggplan/web/ui';
import { PermitApi } from '../permit-api';
import {
  AppearanceDraft,
  draftOfApplication,
  emptyAppearance,
  PermitDraft,
  permitBody,
} from '../permit-form-model';

/** What changes the checklist elsewhere: another save of the application, a change of the staff. */
const LIVE_TYPES = [PERMIT_CHANGED, STAFF_CHANGED];

type SimpleField = Exclude<keyof PermitDraft, 'appearances' | 'kind'>;

/**
 * `/events/:eventId/permit` (tillståndsansökan): the police permit application, the checklist of what
 * the pack still lacks (the API's own, after each save) and the download of the pack, which stays
 * disabled, with the reason beside it, while anything is missing or unsaved.
 */
@Component({
  selector: 'tp-permit-page',
  imports: [TranslocoPipe, RouterLink, FormAlert, DateTimeField, FieldControl, FieldError],
  templateUrl: './permit-page.html',
  styleUrl: './permit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PermitPage {
  private readonly permitApi = inject(PermitApi);
  private readonly api = inject(ApiClient);
  private readonly stream = inject(EventStream);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly kinds = PERMIT_KINDS;
  protected readonly kindLabels = PERMIT_KIND_LABELS;
  protected readonly documents = PERMIT_PACK_DOCUMENTS;
  protected readonly documentLabels = PERMIT_PACK_DOCUMENT_LABELS;
  protected readonly languages = LANGUAGES;
  protected readonly saved = signal<PermitApplicationDto | null>(null);
  protected readonly draft = signal<PermitDraft | null>(null);
  protected readonly dirty = signal(false);
  protected readonly timeZone = signal(DEFAULT_TIMEZONE);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  protected readonly packLang = signal<Language>('sv');

  protected readonly missing = computed(() => this.saved()?.missing ?? []);
  protected readonly ready = computed(() => this.missing().length === 0 && !this.dirty());
  protected readonly packUrl = computed(() => this.permitApi.packUrl(this.eventId(), this.packLang()));

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
    effect((onCleanup) => {
      const eventId = this.eventId();
      onCleanup(this.stream.listen(eventId, LIVE_TYPES, { entry: () => void this.refresh(eventId) }));
    });
  }

  /** After a change elsewhere: the checklist follows; the form too, unless it holds unsaved changes. */
  private async refresh(eventId: string): Promise<void> {
    try {
      const application = await this.permitApi.get(eventId);
      // unsaved changes keep the version they started from, so saving over someone else's answers 409
      if (this.dirty())
        this.saved.update((saved) => (saved ? { ...application, version: saved.version } : saved));
      else this.show(application);
    } catch {
      // the next change or a reload reads it again; the page keeps what it shows
    }
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, application] = await Promise.all([
        this.api.get<EventDto>(apiPath('events', eventId)),
        this.permitApi.get(eventId),
      ]);
      this.timeZone.set(event.timezone);
      this.show(application);
      this.title.setTitle(
        `${this.transloco.translate('permit.title')} – ${event.name} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected missingLabel(field: string): string {
    return permitMissingLabel(field)[this.lang()];
  }

  protected fieldError(field: string): string | undefined {
    return this.errors()?.fields[field];
  }

  protected set(field: SimpleField, value: string): void {
    this.change((draft) => ({ ...draft, [field]: value }));
  }

  protected chooseKind(value: string): void {
    const kind = PERMIT_KINDS.includes(value as PermitKind) ? (value as PermitKind) : '';
    this.change((draft) => ({ ...draft, kind }));
  }

  protected setAppearance(index: number, change: Partial<Omit<AppearanceDraft, 'key'>>): void {
    this.change((draft) => ({
      ...draft,
      appearances: draft.appearances.map((appearance, at) =>
        at === index ? { ...appearance, ...change } : appearance,
      ),
    }));
  }

  protected addAppearance(): void {
    const index = this.draft()?.appearances.length ?? 0;
    this.change((draft) => ({ ...draft, appearances: [...draft.appearances, emptyAppearance()] }));
    this.focusAfterRender(`#permit-appearance-${index}-title`);
  }

  protected removeAppearance(index: number): void {
    const remaining = (this.draft()?.appearances.length ?? 1) - 1;
    this.change((draft) => ({ ...draft, appearances: draft.appearances.filter((_, at) => at !== index) }));
    this.focusAfterRender(
      remaining > 0 ? `#permit-appearance-${Math.min(index, remaining - 1)}-title` : '#permit-add-appearance',
    );
  }

  protected choosePackLang(value: string): void {
    if (LANGUAGES.includes(value as Language)) this.packLang.set(value as Language);
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    const saved = this.saved();
    if (!draft || !saved || this.busy()) return;
    const body = permitBody(draft, this.timeZone(), saved.version);
    const options = formErrorOptions(this.transloco);
    const invalid = validateForApi(permitApplicationUpdateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const answer = await this.permitApi.save(this.eventId(), body);
      this.show(answer);
      this.announcement.set(
        this.transloco.translate(answer.missing.length ? 'permit.savedMissing' : 'permit.savedComplete', {
          count: answer.missing.length,
        }),
      );
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('permit.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  private show(application: PermitApplicationDto): void {
    this.saved.set(application);
    this.draft.set(draftOfApplication(application, this.timeZone()));
    this.dirty.set(false);
  }

  private change(update: (draft: PermitDraft) => PermitDraft): void {
    this.draft.update((draft) => (draft ? update(draft) : draft));
    this.dirty.set(true);
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
