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
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EventDto,
  ScheduleItemCreate,
  scheduleItemCreateSchema,
  ScheduleItemDto,
  SiteDto,
} from '@tryggplan/shared/domain';
import {
  focusFirstError,
  FormErrors,
  isoToLocalInput,
  localInputToIso,
  PublicConfigStore,
  toFormErrors,
  UiLanguage,
  errorMessage,
  formErrorOptions,
} from '@tryggplan/web/core';
import {
  ConfirmDialog,
  DateTimePipe,
  FieldControl,
  FieldError,
  DateTimeField,
  FormAlert,
  MapHost,
  SiteLayer,
  validateForApi,
  StatusMessage,
} from '@tryggplan/web/ui';
import { ParticipantsApi } from '../participants-api';

const FIELDS = ['title', 'startsAt', 'endsAt', 'siteId', 'isPublic'] as const;

/** One person's schedule: add, change and remove items; items that overlap in time are flagged in words. */
@Component({
  selector: 'tp-schedule-editor',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FieldControl,
    FieldError,
    FormAlert,
    DateTimeField,
    ConfirmDialog,
    MapHost,
    SiteLayer,
  ],
  templateUrl: './schedule-editor.html',
  styles: `
    .overlap-warning {
      margin: 0.25rem 0 0;
      padding: 0.25rem 0.5rem;
      border-left: 4px solid #8a5300;
      background: #fff4e0;
      color: #5c3700;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleEditor {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<EventDto>();
  readonly participantId = input.required<string>();
  readonly sites = input<SiteDto[]>([]);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly config = inject(PublicConfigStore).config;
  protected readonly items = signal<ScheduleItemDto[] | null>(null);
  protected readonly editing = signal<ScheduleItemDto | 'new' | null>(null);
  protected readonly errors = signal<FormErrors | null>(null);
  protected readonly listError = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  protected readonly itemToDelete = signal<ScheduleItemDto | null>(null);
  protected readonly siteNames = computed(() => new Map(this.sites().map((site) => [site.id, site.name])));
  protected readonly titles = computed(
    () => new Map((this.items() ?? []).map((item) => [item.id, item.title])),
  );
  /** The places of this person's items, for the map. */
  protected readonly itemSites = computed(() => {
    const used = new Set((this.items() ?? []).map((item) => item.siteId));
    return this.sites().filter((site) => used.has(site.id));
  });
  protected readonly hasOverlaps = computed(() =>
    (this.items() ?? []).some((item) => item.overlapsWith.length),
  );
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    startsAt: new FormControl('', { nonNullable: true }),
    endsAt: new FormControl('', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
    isPublic: new FormControl(false, { nonNullable: true }),
  });

  private readonly deleteDialog = viewChild<ConfirmDialog>('deleteDialog');

  constructor() {
    void inject(PublicConfigStore).load();
    effect(() => {
      const participantId = this.participantId();
      untracked(() => void this.load(participantId));
    });
  }

  protected overlapText(item: ScheduleItemDto): string {
    const titles = item.overlapsWith.map((id) => this.titles().get(id) ?? id).join(', ');
    return this.transloco.translate('participants.schedule.overlapsWith', { titles });
  }

  protected startNew(): void {
    this.form.reset({ title: '', startsAt: '', endsAt: '', siteId: '', isPublic: false });
    this.openForm('new');
  }

  protected startEdit(item: ScheduleItemDto): void {
    const zone = this.event().timezone;
    this.form.reset({
      title: item.title,
      startsAt: isoToLocalInput(item.startsAt, zone),
      endsAt: isoToLocalInput(item.endsAt, zone),
      siteId: item.siteId ?? '',
      isPublic: item.isPublic,
    });
    this.openForm(item);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.errors.set(null);
  }

  protected async submit(): Promise<void> {
    const editing = this.editing();
    if (this.busy() || !editing) return;
    const value = this.form.getRawValue();
    const zone = this.event().timezone;
    const body: ScheduleItemCreate = {
      title: value.title,
      startsAt: localInputToIso(value.startsAt, zone) ?? value.startsAt,
      endsAt: localInputToIso(value.endsAt, zone) ?? value.endsAt,
      siteId: value.siteId || null,
      isPublic: value.isPublic,
    };
    const options = formErrorOptions(this.transloco, { fields: FIELDS });
    const invalid = validateForApi(scheduleItemCreateSchema, body, this.lang(), options);
    if (invalid) return this.showErrors(invalid);
    this.errors.set(null);
    this.conflict.set(false);
    this.busy.set(true);
    try {
      const eventId = this.event().id;
      const saved =
        editing === 'new'
          ? await this.participantsApi.createItem(eventId, this.participantId(), body)
          : await this.participantsApi.updateItem(eventId, this.participantId(), editing.id, {
              ...body,
              version: editing.version,
            });
      this.editing.set(null);
      await this.load();
      this.announcement.set(
        this.transloco.translate(
          saved.overlapsWith.length
            ? 'participants.schedule.savedWithOverlap'
            : 'participants.schedule.saved',
          { title: saved.title },
        ),
      );
    } catch (error) {
      const errors = toFormErrors(error, options);
      if (errors.status === 409) {
        this.conflict.set(true);
        errors.message = this.transloco.translate('participants.schedule.conflict');
      }
      this.showErrors(errors);
    } finally {
      this.busy.set(false);
    }
  }

  protected async reloadAfterConflict(): Promise<void> {
    this.editing.set(null);
    this.errors.set(null);
    this.conflict.set(false);
    await this.load();
  }

  protected askDelete(item: ScheduleItemDto): void {
    this.itemToDelete.set(item);
    this.deleteDialog()?.open();
  }

  protected async deleteItem(): Promise<void> {
    const item = this.itemToDelete();
    if (!item || this.busy()) return;
    this.busy.set(true);
    try {
      await this.participantsApi.removeItem(this.event().id, this.participantId(), item.id);
      this.deleteDialog()?.close();
      await this.load();
      this.announcement.set(this.transloco.translate('participants.schedule.deleted', { title: item.title }));
    } catch (error) {
      this.deleteDialog()?.close();
      this.listError.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
      this.itemToDelete.set(null);
    }
  }

  protected async load(participantId = this.participantId()): Promise<void> {
    this.listError.set(null);
    try {
      this.items.set(await this.participantsApi.schedule(this.event().id, participantId));
    } catch (error) {
      this.listError.set(errorMessage(error, this.transloco));
    }
  }

  private openForm(editing: ScheduleItemDto | 'new'): void {
    this.errors.set(null);
    this.conflict.set(false);
    this.editing.set(editing);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#schedule-title')?.focus(), {
      injector: this.injector,
    });
  }

  private showErrors(errors: FormErrors): void {
    this.errors.set(errors);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
