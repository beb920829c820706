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
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  incidentLabel,
  PartnerIncidentDto,
  PartnerIncidentEntryDto,
  SharedPlanDto,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { SharedPlansApi } from '../partners-api';
import { ShareTabs } from '../share-tabs/share-tabs';
import { SharedIncidentCard } from './shared-incident-card';
import { newestFirst, withEntry } from './shared-incidents-model';
import { SharedIncidentChange, SharedIncidentsLive, SharedLiveState } from './shared-incidents-live';

/** Why the page shows no list: the share is gone (or not the partner's), or has no incidents in scope. */
type Unavailable = 'not-found' | 'not-in-scope';

/**
 * The event's incidents for a partner whose share includes them, the last logged first. The list
 * is read again whenever the share's stream names a change; new incidents are announced to screen
 * readers. The partner adds notes to an incident's timeline.
 */
@Component({
  selector: 'tp-shared-incidents-page',
  imports: [RouterLink, TranslocoPipe, FormAlert, ShareTabs, SharedIncidentCard],
  templateUrl: './shared-incidents-page.html',
  styleUrl: './shared-incidents-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedIncidentsPage {
  private readonly api = inject(SharedPlansApi);
  private readonly live = inject(SharedIncidentsLive);
  private readonly transloco = inject(TranslocoService);
  private readonly title = inject(Title);

  readonly shareId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly plan = signal<SharedPlanDto | null>(null);
  protected readonly unavailable = signal<Unavailable | null>(null);
  protected readonly incidents = signal<PartnerIncidentDto[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly liveState = signal<SharedLiveState>('connecting');
  /** Incidents that arrived through the stream while the page is open. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  protected readonly withNames = computed(() => this.plan()?.scope.includes('participant-names') ?? false);
  protected readonly latestRevision = computed(() => {
    const revisions = this.plan()?.revisions ?? [];
    return revisions.length ? Math.max(...revisions.map((revision) => revision.revision)) : null;
  });
  /** The share whose stream is open: only once the share is known to include incidents. */
  private readonly streamedShare = computed(() =>
    this.plan()?.scope.includes('incidents') ? this.plan()?.shareId : undefined,
  );
  /** Bumped to open the stream again after the browser gave up on it. */
  private readonly connection = signal(0);

  private loading: Promise<void> | null = null;
  private again = false;

  constructor() {
    effect(() => {
      const shareId = this.shareId();
      untracked(() => void this.load(shareId));
    });
    effect((onCleanup) => {
      const shareId = this.streamedShare();
      this.connection();
      if (!shareId) return;
      const stop = untracked(() =>
        this.live.listen(shareId, {
          change: (change) => void this.onChange(change),
          ready: (resumed) => {
            if (resumed) void this.refresh();
          },
          state: (state) => this.liveState.set(state),
        }),
      );
      onCleanup(stop);
    });
  }

  protected async load(shareId = this.shareId()): Promise<void> {
    this.loadError.set(null);
    this.unavailable.set(null);
    try {
      const plan = (await this.api.list()).items.find((candidate) => candidate.shareId === shareId) ?? null;
      if (shareId !== this.shareId()) return;
      this.plan.set(plan);
      if (!plan) return this.unavailable.set('not-found');
      this.title.setTitle(
        `${this.transloco.translate('partners.incidents.heading')} – ${plan.eventName} – ${this.transloco.translate('app.name')}`,
      );
      if (!plan.scope.includes('incidents')) return this.unavailable.set('not-in-scope');
      await this.refresh();
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected reconnect(): void {
    this.connection.update((count) => count + 1);
    void this.refresh();
  }

  protected noted(incident: PartnerIncidentDto, entry: PartnerIncidentEntryDto): void {
    this.incidents.update((list) => (list ? withEntry(list, incident.id, entry) : list));
    this.announcement.set(
      this.transloco.translate('partners.incidents.note.saved', { name: incidentLabel(incident.number) }),
    );
    void this.refresh();
  }

  /** Reads the list; calls while one is under way read once more after it, so the last change is seen. */
  private refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          const shareId = this.shareId();
          const incidents = await this.api.incidents(shareId);
          if (shareId === this.shareId()) this.incidents.set(newestFirst(incidents));
        } while (this.again);
        this.loadError.set(null);
      } catch (error) {
        this.loadError.set(errorMessage(error, this.transloco));
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  private async onChange(change: SharedIncidentChange): Promise<void> {
    await this.refresh();
    if (change.type !== 'incident.created') return;
    const incident = this.incidents()?.find((item) => item.id === change.incidentId);
    const name = incidentLabel(change.number || incident?.number || 0);
    this.announcement.set(
      incident
        ? this.transloco.translate('partners.incidents.arrived', { name, title: incident.title })
        : this.transloco.translate('partners.incidents.arrivedUntitled', { name }),
    );
    this.fresh.update((ids) => new Set([...ids, change.incidentId]));
  }
}
