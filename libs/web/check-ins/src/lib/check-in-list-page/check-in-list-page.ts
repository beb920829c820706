import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CheckInDto, DEFAULT_TIMEZONE } from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { CheckInsApi } from '../check-ins-api';
import { targetText } from '../check-in-text';

/** `/events/:eventId/check-ins`: the event's check-ins, newest first, with their counts kept live. */
@Component({
  selector: 'tp-check-in-list-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, FormAlert],
  templateUrl: './check-in-list-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInListPage {
  private readonly checkInsApi = inject(CheckInsApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly targetText = targetText;
  protected readonly checkIns = signal<CheckInDto[] | null>(null);
  protected readonly timeZone = signal(DEFAULT_TIMEZONE);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect((onCleanup) => {
      const eventId = this.eventId();
      untracked(() => {
        void this.load();
        void this.checkInsApi.event(eventId).then(
          (event) => this.timeZone.set(event.timezone),
          () => undefined,
        );
      });
      onCleanup(untracked(() => this.checkInsApi.follow(eventId, () => void this.load())));
    });
  }

  protected async load(): Promise<void> {
    try {
      this.checkIns.set((await this.checkInsApi.list(this.eventId())).items);
      this.error.set(null);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }
}
