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
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Delivery,
  DELIVERY_RETRYING_LABEL,
  DELIVERY_STATUS_LABELS,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_KIND_LABELS,
  MessageChannels,
  ParticipantLinksSendResult,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { ConfirmDialog, DateTimePipe, FormAlert, Pager, StatusMessage } from '@tryggplan/web/ui';
import { MessagesApi } from '../messages-api';

const PAGE_SIZE = 100;

/**
 * `/events/:eventId/messages` (utskick): which channels are on, sending everyone a new personal
 * link (after a confirmation naming how many), and the delivery log of the event.
 */
@Component({
  selector: 'tp-messages-page',
  imports: [TranslocoPipe, ConfirmDialog, DateTimePipe, FormAlert, Pager, StatusMessage],
  templateUrl: './messages-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagesPage {
  private readonly messagesApi = inject(MessagesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly sendDialog = viewChild<ConfirmDialog>('sendDialog');

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly deliveries = signal<Delivery[] | null>(null);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected readonly channels = signal<MessageChannels | null>(null);
  protected readonly participantCount = signal(0);
  protected readonly loadError = signal<string | null>(null);
  protected readonly sendError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly result = signal<ParticipantLinksSendResult | null>(null);
  protected readonly status = signal('');
  protected readonly sendingOn = computed(() => {
    const channels = this.channels();
    return channels !== null && (channels.email || channels.sms);
  });

  constructor() {
    effect(() => {
      this.eventId();
      untracked(() => {
        this.offset.set(0);
        void this.load();
      });
    });
  }

  protected kindLabel(delivery: Delivery): string {
    return MESSAGE_KIND_LABELS[delivery.kind][this.lang()];
  }

  protected channelLabel(delivery: Delivery): string {
    return MESSAGE_CHANNEL_LABELS[delivery.channel][this.lang()];
  }

  /** A queued message that failed before waits for its retry: said in words, not only by a count. */
  protected statusLabel(delivery: Delivery): string {
    if (delivery.status === 'queued' && delivery.attempts > 0) return DELIVERY_RETRYING_LABEL[this.lang()];
    return DELIVERY_STATUS_LABELS[delivery.status][this.lang()];
  }

  protected async askToSend(): Promise<void> {
    this.sendError.set(null);
    try {
      this.participantCount.set(await this.messagesApi.participantCount(this.eventId()));
      this.sendDialog()?.open();
    } catch (error) {
      this.sendError.set(errorMessage(error, this.transloco));
    }
  }

  protected async confirmSend(): Promise<void> {
    this.busy.set(true);
    try {
      const result = await this.messagesApi.sendLinks(this.eventId());
      this.result.set(result);
      this.status.set(this.transloco.translate('messages.send.queued', { count: result.queued }));
      this.sendDialog()?.close();
      this.offset.set(0);
      await this.load();
    } catch (error) {
      this.sendDialog()?.close();
      this.sendError.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }

  protected page(step: 1 | -1): void {
    this.offset.update((offset) => Math.max(0, offset + step * PAGE_SIZE));
    void this.load();
  }

  protected hasNext(): boolean {
    return this.offset() + PAGE_SIZE < this.total();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const log = await this.messagesApi.deliveries(this.eventId(), this.offset(), PAGE_SIZE);
      this.deliveries.set(log.items);
      this.total.set(log.total);
      this.channels.set(log.channels);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }
}
