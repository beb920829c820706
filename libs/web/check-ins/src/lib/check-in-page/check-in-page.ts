import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CHECK_IN_STATE_COLORS,
  CHECK_IN_STATE_LABELS,
  CheckInDetailDto,
  DEFAULT_TIMEZONE,
  incidentLabel,
} from '@tryggplan/shared/domain';
import { errorMessage, LiveState, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { CheckInsApi } from '../check-ins-api';
import { messageText, targetText } from '../check-in-text';

/**
 * `/events/:eventId/check-ins/:checkInId`: who is OK, who needs help and who has not answered,
 * kept current by the event's live stream; a tel: link for everyone without an answer, and once
 * the set time has passed, those are raised as a task at the top.
 */
@Component({
  selector: 'tp-check-in-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, FormAlert],
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInPage {
  private readonly checkInsApi = inject(CheckInsApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly checkInId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly stateLabels = CHECK_IN_STATE_LABELS;
  protected readonly stateColors = CHECK_IN_STATE_COLORS;
  protected readonly incidentLabel = incidentLabel;
  protected readonly checkIn = signal<CheckInDetailDto | null>(null);
  protected readonly timeZone = signal(DEFAULT_TIMEZONE);
  protected readonly error = signal<string | null>(null);
  protected readonly liveState = signal<LiveState>('connecting');
  protected readonly announcement = signal('');
  protected readonly target = computed(() => {
    const checkIn = this.checkIn();
    return checkIn ? targetText(checkIn, this.lang()) : '';
  });
  protected readonly message = computed(() => {
    const checkIn = this.checkIn();
    return checkIn ? messageText(checkIn, this.lang()) : '';
  });
  /** Raised as a task: no answer when the check-in escalated. */
  protected readonly raised = computed(
    () => this.checkIn()?.recipients.filter((person) => person.raised) ?? [],
  );

  private reading: Promise<void> = Promise.resolve();

  constructor() {
    effect((onCleanup) => {
      const eventId = this.eventId();
      const checkInId = this.checkInId();
      untracked(() => {
        void this.load();
        void this.checkInsApi.event(eventId).then(
          (event) => this.timeZone.set(event.timezone),
          () => undefined,
        );
      });
      const stop = untracked(() =>
        this.checkInsApi.follow(
          eventId,
          (changed) => {
            if (changed === checkInId) void this.load(true);
          },
          {
            ready: (resumed) => {
              if (resumed) void this.load(true);
            },
            state: (state) => this.liveState.set(state),
          },
        ),
      );
      onCleanup(stop);
    });
  }

  /** Reads the view again; reads are chained, so the newest answer is what stays on screen. */
  protected load(announce = false): Promise<void> {
    this.reading = this.reading.then(() => this.read(announce));
    return this.reading;
  }

  private async read(announce: boolean): Promise<void> {
    try {
      const checkIn = await this.checkInsApi.detail(this.eventId(), this.checkInId());
      this.checkIn.set(checkIn);
      this.error.set(null);
      if (announce) {
        this.announcement.set(
          this.transloco.translate('checkIns.view.updated', {
            ok: checkIn.counts.ok,
            needHelp: checkIn.counts.needHelp,
            noAnswer: checkIn.counts.noAnswer,
          }),
        );
      }
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }
}
