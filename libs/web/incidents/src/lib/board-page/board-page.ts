import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventDto,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUSES,
  IncidentBoardDto,
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  incidentLabel,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { debounceTime } from 'rxjs';
import {
  BoardFilter,
  boardQuery,
  EMPTY_BOARD_FILTER,
  EXERCISE_MODES,
  ExerciseMode,
  filterFromParams,
  isBoardFiltered,
  paramsFromFilter,
  sameFilter,
} from '../board-filter';
import { IncidentBadges, SeverityBadge } from '../incident-badges/incident-badges';
import { placeText } from '../incident-text';
import { IncidentsApi } from '../incidents-api';
import { LiveIncidentChange, LiveIncidents, LiveState } from '../live-incidents';

/** How long a new incident stays marked "Ny" on the board. */
const FRESH_MS = 2 * 60_000;
/** Incidents read at a time; "Visa fler" reads this many more, up to the API's page limit. */
const PAGE_SIZE = 100;
const MAX_SHOWN = 500;

/**
 * `/events/:eventId/incidents`: the event-day board. Counts, the banner of crimes not yet reported
 * to the police, filters kept in the URL, and the list newest first, kept current by the event's
 * live stream (a new incident is marked and announced).
 */
@Component({
  selector: 'tp-board-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    DateTimePipe,
    IncidentBadges,
    SeverityBadge,
  ],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly live = inject(LiveIncidents);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly eventId = input.required<string>();
  // the filters, from the URL query
  readonly status = input<string>();
  readonly category = input<string>();
  readonly severity = input<string>();
  readonly exercise = input<string>();
  readonly q = input<string>();
  readonly unreportedCrime = input<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly statuses = INCIDENT_STATUSES;
  protected readonly statusLabels = INCIDENT_STATUS_LABELS;
  protected readonly categories = INCIDENT_CATEGORIES;
  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly severities = INCIDENT_SEVERITIES;
  protected readonly severityLabels = INCIDENT_SEVERITY_LABELS;
  protected readonly exerciseModes = EXERCISE_MODES;
  protected readonly label = incidentLabel;
  protected readonly placeText = placeText;

  protected readonly filter = computed<BoardFilter>(() =>
    filterFromParams({
      status: this.status(),
      category: this.category(),
      severity: this.severity(),
      exercise: this.exercise(),
      q: this.q(),
      unreportedCrime: this.unreportedCrime(),
    }),
  );
  protected readonly filtered = computed(() => isBoardFiltered(this.filter()));
  protected readonly event = signal<EventDto | null>(null);
  protected readonly timeZone = computed(() => this.event()?.timezone ?? DEFAULT_TIMEZONE);
  protected readonly board = signal<IncidentBoardDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly liveState = signal<LiveState>('connecting');
  /** Incidents that arrived while the board was open, marked "Ny" for a while. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  protected readonly limit = signal(PAGE_SIZE);
  protected readonly canShowMore = computed(() => {
    const board = this.board();
    return !!board && board.items.length < board.total && this.limit() < MAX_SHOWN;
  });
  protected readonly unreported = computed(() => this.board()?.counts.unreportedCrimes ?? 0);
  protected readonly statusCounts = computed(() => {
    const counts = this.board()?.counts.byStatus;
    return counts ? INCIDENT_STATUSES.map((status) => ({ status, count: counts[status] })) : [];
  });
  protected readonly severityCounts = computed(() => {
    const counts = this.board()?.counts.bySeverity;
    return counts
      ? [...INCIDENT_SEVERITIES].reverse().map((severity) => ({ severity, count: counts[severity] }))
      : [];
  });

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<IncidentStatus | ''>('', { nonNullable: true }),
    category: new FormControl<IncidentCategory | ''>('', { nonNullable: true }),
    severity: new FormControl<IncidentSeverity | ''>('', { nonNullable: true }),
    exercise: new FormControl<ExerciseMode>('include', { nonNullable: true }),
    unreportedCrime: new FormControl(false, { nonNullable: true }),
  });

  private loading: Promise<void> | null = null;
  private again = false;

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.loadEvent(eventId));
    });
    effect((onCleanup) => {
      const eventId = this.eventId();
      const stop = untracked(() =>
        this.live.listen(eventId, {
          change: (change) => void this.onLiveChange(change),
          ready: (resumed) => {
            if (resumed) void this.refresh();
          },
          state: (state) => this.liveState.set(state),
        }),
      );
      onCleanup(stop);
    });
    // The URL is the truth: a changed query (typed, a link, back) shows in the form and reloads.
    effect(() => {
      const filter = this.filter();
      untracked(() => {
        // only when it differs in meaning, so a space being typed is not taken away mid-word
        if (!sameFilter(this.form.getRawValue(), filter)) this.form.setValue(filter, { emitEvent: false });
        this.limit.set(PAGE_SIZE);
        void this.refresh();
      });
    });
    this.form.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => {
      const filter: BoardFilter = this.form.getRawValue();
      if (!sameFilter(filter, this.filter())) this.showFilter(filter);
    });
  }

  protected clearFilters(): void {
    this.showFilter(EMPTY_BOARD_FILTER);
    this.focusAfterRender('#incident-filter-q');
  }

  protected async showMore(): Promise<void> {
    const shown = this.board()?.items.length ?? 0;
    this.limit.update((limit) => Math.min(limit + PAGE_SIZE, MAX_SHOWN));
    await this.refresh();
    // the first of the newly shown incidents takes the focus, so the keyboard goes on from there
    this.focusAfterRender(`.incident-card:nth-child(${shown + 1}) a`);
  }

  protected unreportedParams(): Record<string, string | null> {
    return paramsFromFilter({ ...EMPTY_BOARD_FILTER, unreportedCrime: true });
  }

  protected exerciseLabel(mode: ExerciseMode): string {
    return `incidents.filters.exercise.${mode}`;
  }

  private showFilter(filter: BoardFilter): void {
    void this.router.navigate([], { queryParams: paramsFromFilter(filter), replaceUrl: true });
  }

  /** Reads the board for the current filter; calls while one is under way read once more after it. */
  private refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          const [filter, limit] = [this.filter(), this.limit()];
          const board = await this.incidentsApi.board(this.eventId(), { ...boardQuery(filter), limit });
          // an answer for a filter no longer shown is dropped; the loop reads the current one
          if (sameFilter(filter, this.filter()) && limit === this.limit()) this.board.set(board);
          else this.again = true;
        } while (this.again);
        this.error.set(null);
      } catch (error) {
        this.error.set(errorMessage(error, this.transloco));
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  private async onLiveChange(change: LiveIncidentChange): Promise<void> {
    await this.refresh();
    if (change.type !== 'incident.created') return;
    const incident = this.board()?.items.find((item) => item.id === change.incidentId);
    const name = incidentLabel(change.number || incident?.number || 0);
    this.announcement.set(
      incident
        ? this.transloco.translate('incidents.board.arrived', { name, title: incident.title })
        : this.transloco.translate('incidents.board.arrivedHidden', { name }),
    );
    this.fresh.update((ids) => new Set([...ids, change.incidentId]));
    const timer = setTimeout(() => {
      this.fresh.update((ids) => new Set([...ids].filter((id) => id !== change.incidentId)));
    }, FRESH_MS);
    this.destroyRef.onDestroy(() => clearTimeout(timer));
  }

  private async loadEvent(eventId: string): Promise<void> {
    try {
      const event = await this.incidentsApi.event(eventId);
      this.event.set(event);
      this.title.setTitle(
        `${this.transloco.translate('incidents.board.heading')} – ${event.name} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
