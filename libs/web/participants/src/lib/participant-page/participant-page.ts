import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EventDto,
  Language,
  PARTICIPANT_ROLE_LABELS,
  ParticipantDto,
  PROTECTION_LEVEL_LABELS,
  SiteDto,
} from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import {
  ConfirmDialog,
  DateTimePipe,
  FolderDownload,
  FolderFormat,
  FormAlert,
  StatusMessage,
} from '@tryggplan/web/ui';
import { saveFile } from '../file-download';
import { ParticipantForm } from '../participant-form/participant-form';
import { participantBriefingUrl, ParticipantsApi } from '../participants-api';
import { PersonalLinkPanel } from '../personal-link-panel/personal-link-panel';
import { ScheduleEditor } from '../schedule-editor/schedule-editor';

/** `/events/:eventId/participants/:participantId`: one person, their schedule, link and data rights. */
@Component({
  selector: 'tp-participant-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    FormAlert,
    ConfirmDialog,
    ParticipantForm,
    ScheduleEditor,
    PersonalLinkPanel,
    FolderDownload,
  ],
  templateUrl: './participant-page.html',
  styles: `
    .details-list {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 1rem 2rem;
      margin: 0;
    }
    .details-list dt {
      font-weight: 700;
    }
    .details-list dd {
      margin: 0.125rem 0 0;
    }
    .details-list__wide {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantPage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  readonly eventId = input.required<string>();
  readonly participantId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly levelLabels = PROTECTION_LEVEL_LABELS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly participant = signal<ParticipantDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly editing = signal(false);
  protected readonly erasing = signal(false);
  protected readonly accommodation = computed(() => {
    const id = this.participant()?.accommodationSiteId;
    return id ? this.sites().find((site) => site.id === id)?.name : undefined;
  });

  private readonly eraseDialog = viewChild<ConfirmDialog>('eraseDialog');

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      const participantId = this.participantId();
      untracked(() => void this.load(eventId, participantId));
    });
  }

  protected async load(eventId = this.eventId(), participantId = this.participantId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, sites, participant] = await Promise.all([
        this.participantsApi.event(eventId),
        this.participantsApi.sites(eventId),
        this.participantsApi.get(eventId, participantId),
      ]);
      this.event.set(event);
      this.sites.set(sites.items);
      this.show(participant);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected async reload(): Promise<void> {
    this.editing.set(false);
    await this.load();
    this.announcement.set(this.transloco.translate('participants.form.reloaded'));
  }

  protected onSaved(participant: ParticipantDto): void {
    this.show(participant);
    this.editing.set(false);
    this.announcement.set(this.transloco.translate('participants.form.saved'));
  }

  protected readonly folderUrl = (format: FolderFormat, lang: Language) =>
    participantBriefingUrl(this.eventId(), this.participantId(), format, lang);
  /** A folder with a new link's QR code was asked for: the link shown before no longer works. */
  protected readonly linkReplacedByFolder = signal(false);

  protected onLinkChanged(expiresAt: string | null): void {
    this.linkReplacedByFolder.set(false);
    this.participant.update((person) => (person ? { ...person, linkExpiresAt: expiresAt } : person));
  }

  protected onFolderLinkReplaced(): void {
    this.linkReplacedByFolder.set(true);
    this.announcement.set(this.transloco.translate('participants.links.replacedByFolder'));
  }

  protected async exportPerson(): Promise<void> {
    const person = this.participant();
    if (!person) return;
    this.actionError.set(null);
    try {
      const data = await this.participantsApi.exportPerson(this.eventId(), person.id);
      saveFile(`participant-${person.id}.json`, 'application/json', JSON.stringify(data, null, 2));
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    }
  }

  protected askErase(): void {
    this.actionError.set(null);
    this.eraseDialog()?.open();
  }

  protected async erase(): Promise<void> {
    const person = this.participant();
    if (!person || this.erasing()) return;
    this.erasing.set(true);
    try {
      await this.participantsApi.erase(this.eventId(), person.id);
      this.eraseDialog()?.close();
      await this.router.navigate(['/events', this.eventId(), 'participants']);
    } catch (error) {
      this.eraseDialog()?.close();
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.erasing.set(false);
    }
  }

  private show(participant: ParticipantDto): void {
    this.participant.set(participant);
    this.title.setTitle(`${participant.fullName} – ${this.transloco.translate('app.name')}`);
  }
}
