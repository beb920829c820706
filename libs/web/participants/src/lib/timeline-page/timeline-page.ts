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
  EventDto,
  formatClock,
  formatDate,
  formatDateTime,
  PROTECTION_LEVEL_LABELS,
  RISK_LEVEL_LABELS,
} from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { ParticipantsApi, TimelineItem } from '../participants-api';
import {
  dayInZone,
  exposureByPlace,
  risksAt,
  ScheduleWarning,
  scheduleWarnings,
  SiteRisk,
  timelineByDay,
} from '../timeline-grouping';

export type TimelineMode = 'timeline' | 'public-exposure';

/**
 * `/events/:eventId/participants/timeline`: every schedule item by day in time order, with what to look at;
 * `/public-exposure`: every public appearance by place and time, with protection levels and the place's risks.
 */
@Component({
  selector: 'tp-timeline-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, FormAlert],
  templateUrl: './timeline-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelinePage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  /** Route data: which of the two views. */
  readonly mode = input<TimelineMode>('timeline');

  protected readonly lang = inject(UiLanguage).current;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly items = signal<TimelineItem[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly timezone = computed(() => this.event()?.timezone ?? 'Europe/Stockholm');
  protected readonly risks = signal<SiteRisk[]>([]);
  protected readonly levelLabels = PROTECTION_LEVEL_LABELS;
  protected readonly riskLevelLabels = RISK_LEVEL_LABELS;
  protected readonly days = computed(() => timelineByDay(this.items() ?? [], this.timezone()));
  protected readonly places = computed(() =>
    exposureByPlace(this.items() ?? []).map((group) => ({
      ...group,
      risks: risksAt(group.siteId, this.risks()),
    })),
  );
  protected readonly warnings = computed(() => scheduleWarnings(this.items() ?? [], this.timezone()));

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      const mode = this.mode();
      untracked(() => void this.load(eventId, mode));
    });
  }

  protected dayLabel(day: string): string {
    return formatDate(`${day}T12:00:00Z`, this.lang(), 'UTC');
  }

  /** "10:00–11:00" within the day heading; the full end when the item runs past midnight. */
  protected span(item: TimelineItem): string {
    const zone = this.timezone();
    const clock = new Intl.DateTimeFormat(this.lang() === 'sv' ? 'sv-SE' : 'en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
    });
    const end =
      dayInZone(item.endsAt, zone) === dayInZone(item.startsAt, zone)
        ? clock.format(new Date(item.endsAt))
        : formatDateTime(item.endsAt, this.lang(), zone);
    return `${clock.format(new Date(item.startsAt))}–${end}`;
  }

  protected warningText(warning: ScheduleWarning): string {
    const zone = this.timezone();
    if (warning.kind === 'high-protection-together') {
      return this.transloco.translate('participants.warnings.highTogether', {
        people: warning.people.join(', '),
        place: warning.siteName,
        time: formatDateTime(warning.startsAt, this.lang(), zone),
      });
    }
    return this.transloco.translate('participants.warnings.lateAlone', {
      person: warning.person,
      place: warning.siteName ?? this.transloco.translate('participants.timeline.noPlace'),
      day: formatDate(warning.endsAt, this.lang(), zone),
      time: formatClock(warning.endsAt, zone),
    });
  }

  protected async load(eventId = this.eventId(), mode = this.mode()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, items, risks] = await Promise.all([
        this.participantsApi.event(eventId),
        mode === 'timeline'
          ? this.participantsApi.timeline(eventId)
          : this.participantsApi.publicAppearances(eventId),
        mode === 'timeline' ? Promise.resolve([]) : this.participantsApi.siteRisks(eventId),
      ]);
      this.event.set(event);
      this.risks.set(risks);
      this.items.set(items);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }
}
