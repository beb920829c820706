import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CHECK_IN_STATE_LABELS,
  CheckInAnswerStatus,
  checkInAnswerSchema,
  DEFAULT_TIMEZONE,
  ParticipantCheckInDto,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe } from '@tryggplan/web/ui';
import { CheckInFlush, CheckInOutbox } from './check-in-outbox';

/**
 * The check-ins sent to the person ("Är du OK?") on their own page: two large buttons, "Jag är OK"
 * and "Jag behöver hjälp", and an optional note. Without a network the answer is kept on the
 * phone and sent when it is back.
 */
@Component({
  selector: 'tp-check-in-requests',
  imports: [TranslocoPipe, DateTimePipe],
  templateUrl: './check-in-requests.html',
  styleUrl: './check-in-requests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInRequests {
  private readonly outbox = inject(CheckInOutbox);
  private readonly transloco = inject(TranslocoService);

  readonly token = input.required<string>();
  readonly timeZone = input(DEFAULT_TIMEZONE);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly stateLabels = CHECK_IN_STATE_LABELS;
  protected readonly checkIns = signal<ParticipantCheckInDto[]>([]);
  /** Answers kept on the phone, by check-in, until the server has them. */
  protected readonly waiting = signal<Record<string, { status: CheckInAnswerStatus }>>({});
  protected readonly notes = signal<Record<string, string>>({});
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly loadError = signal<string | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => {
        this.waiting.set(this.outbox.waiting(token));
        void this.load().then(() => this.sendWaiting());
      });
    });
    this.followConnection();
  }

  protected message(checkIn: ParticipantCheckInDto): string {
    return (this.lang() === 'en' && checkIn.messageEn) || checkIn.message || checkIn.messageEn;
  }

  protected setNote(checkInId: string, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.notes.update((notes) => ({ ...notes, [checkInId]: value }));
  }

  protected async answer(checkIn: ParticipantCheckInDto, status: CheckInAnswerStatus): Promise<void> {
    const note = (this.notes()[checkIn.id] ?? '').trim();
    const answer = { status, ...(note ? { note } : {}) };
    const parsed = checkInAnswerSchema.safeParse(answer);
    if (!parsed.success) {
      this.errors.update((errors) => ({
        ...errors,
        [checkIn.id]: this.transloco.translate('checkIns.own.noteInvalid'),
      }));
      return;
    }
    this.errors.update((errors) => ({ ...errors, [checkIn.id]: '' }));
    // kept on the phone first: a lost answer or a dead network loses nothing
    this.outbox.put(this.token(), checkIn.id, parsed.data);
    this.waiting.set(this.outbox.waiting(this.token()));
    await this.sendWaiting();
  }

  private async load(): Promise<void> {
    try {
      this.checkIns.set(await this.outbox.mine(this.token()));
      this.loadError.set(null);
    } catch (error) {
      // offline: the page says so at the top; answers still wait here
      if (navigator.onLine !== false) this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  private async sendWaiting(): Promise<void> {
    const result = await this.outbox.flush(this.token());
    this.show(result);
  }

  private show(result: CheckInFlush): void {
    this.waiting.set(this.outbox.waiting(this.token()));
    if (result.sent.length > 0) {
      const sent = new Map(result.sent.map((checkIn) => [checkIn.id, checkIn]));
      this.checkIns.update((list) => list.map((checkIn) => sent.get(checkIn.id) ?? checkIn));
      this.announcement.set(this.transloco.translate('checkIns.own.sent'));
    } else if (result.waiting.length > 0) {
      this.announcement.set(this.transloco.translate('checkIns.own.queued'));
    }
    for (const refused of result.refused) {
      this.errors.update((errors) => ({
        ...errors,
        [refused.checkInId]: errorMessage(refused.error, this.transloco),
      }));
    }
  }

  /** Back online: what waits is sent, and the list is read again. */
  private followConnection(): void {
    if (typeof window === 'undefined') return;
    const online = () => void this.load().then(() => this.sendWaiting());
    window.addEventListener('online', online);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', online));
  }
}
