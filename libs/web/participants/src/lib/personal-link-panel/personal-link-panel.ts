import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MessageChannels, ParticipantDto } from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { ConfirmDialog, DateTimePipe, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { ParticipantsApi, PersonalLink } from '../participants-api';

/** The person's personal link: created or replaced (shown once, to copy), or revoked. */
@Component({
  selector: 'tp-personal-link-panel',
  imports: [StatusMessage, TranslocoPipe, DateTimePipe, FormAlert, ConfirmDialog],
  templateUrl: './personal-link-panel.html',
  styles: `
    .link-output {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .link-output input {
      flex: 1 1 20rem;
      min-width: 0;
      font-family: monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalLinkPanel {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);

  readonly participant = input.required<ParticipantDto>();
  readonly timezone = input.required<string>();
  /** A folder was printed with a new link: the one shown before stopped working. */
  readonly replacedByFolder = input(false);
  /** The new expiry, or null after a revoke. */
  readonly changed = output<string | null>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly created = signal<PersonalLink | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly busy = signal(false);
  private readonly replaceDialog = viewChild<ConfirmDialog>('replaceDialog');

  /** What the dialog asks before: showing a new link here, or sending one to the person. */
  protected readonly pending = signal<'create' | 'send'>('create');
  private readonly eventId = computed(() => this.participant().eventId);
  private readonly channels = signal<MessageChannels>({ email: false, sms: false });
  /** The person can be sent their link: e-mail is on and they have an address, or SMS and a phone. */
  protected readonly canSend = computed(() => {
    const { email, phone } = this.participant();
    const on = this.channels();
    return (on.email && Boolean(email)) || (on.sms && Boolean(phone));
  });

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(
        () =>
          void this.participantsApi.messageChannels(eventId).then(
            (channels) => this.channels.set(channels),
            () => null,
          ),
      );
    });
  }

  private hasLink(): boolean {
    return Boolean(this.participant().linkExpiresAt || this.replacedByFolder() || this.created());
  }

  /** A new link stops the one the person has: that is asked first. */
  protected request(action: 'create' | 'send'): void {
    this.pending.set(action);
    if (this.hasLink()) this.replaceDialog()?.open();
    else void this.confirmed();
  }

  protected async confirmed(): Promise<void> {
    this.replaceDialog()?.close();
    await (this.pending() === 'send' ? this.send() : this.create());
  }

  private async send(): Promise<void> {
    await this.run(async () => {
      const participant = this.participant();
      const result = await this.participantsApi.sendLink(participant.eventId, participant.id);
      if (result.queued === 0) {
        this.error.set(this.transloco.translate('participants.links.sendSkipped'));
        return;
      }
      this.created.set(null);
      this.status.set(this.transloco.translate('participants.links.sent'));
    });
  }

  private async create(): Promise<void> {
    await this.run(async () => {
      const participant = this.participant();
      const link = await this.participantsApi.createLink(participant.eventId, participant.id);
      this.created.set(link);
      this.changed.emit(link.expiresAt);
      this.status.set(this.transloco.translate('participants.links.created'));
    });
  }

  protected async revoke(): Promise<void> {
    await this.run(async () => {
      const participant = this.participant();
      await this.participantsApi.revokeLink(participant.eventId, participant.id);
      this.created.set(null);
      this.changed.emit(null);
      this.status.set(this.transloco.translate('participants.links.revoked'));
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.status.set(this.transloco.translate('participants.links.copied'));
    } catch {
      this.status.set(this.transloco.translate('participants.links.copyFailed'));
    }
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
