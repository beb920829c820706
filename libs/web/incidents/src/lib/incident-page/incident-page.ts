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
import { HttpErrorResponse } from '@angular/common/http';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventDto,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_REPORTER_KIND_LABELS,
  IncidentDetailDto,
  IncidentDto,
  incidentLabel,
  MemberDto,
  OnDutyDto,
  ParticipantDto,
  RISK_LEVEL_LABELS,
  RiskDto,
  RiskLevel,
  SiteDto,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { DateTimePipe, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { assigneeText } from '../assignee-options';
import { IncidentBadges } from '../incident-badges/incident-badges';
import { IncidentChecklist, StepTick } from '../incident-checklist/incident-checklist';
import { IncidentForm } from '../incident-form/incident-form';
import { placeText } from '../incident-text';
import { IncidentTimeline } from '../incident-timeline/incident-timeline';
import { IncidentsApi } from '../incidents-api';
import { LiveIncidents } from '../live-incidents';

/**
 * `/events/:eventId/incidents/:incidentId`: one incident's facts, its checklist from the action
 * plan, the edit form with the police report, and the timeline; re-read when the live stream names it.
 */
@Component({
  selector: 'tp-incident-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    DateTimePipe,
    IncidentBadges,
    IncidentChecklist,
    IncidentForm,
    IncidentTimeline,
  ],
  templateUrl: './incident-page.html',
  styleUrl: './incident-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentPage {
  private readonly incidentsApi = inject(IncidentsApi);
  private readonly live = inject(LiveIncidents);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly incidentId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categoryLabels = INCIDENT_CATEGORY_LABELS;
  protected readonly reporterLabels = INCIDENT_REPORTER_KIND_LABELS;
  protected readonly label = incidentLabel;
  protected readonly placeText = placeText;
  protected readonly incident = signal<IncidentDetailDto | null>(null);
  protected readonly event = signal<EventDto | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly onDuty = signal<OnDutyDto | null>(null);
  protected readonly participants = signal<ParticipantDto[]>([]);
  protected readonly risks = signal<RiskDto[]>([]);
  protected readonly timeZone = computed(() => this.event()?.timezone ?? DEFAULT_TIMEZONE);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly ticking = signal<string | null>(null);
  protected readonly eventRead = signal(false);

  constructor() {
    effect(() => {
      const [eventId, incidentId] = [this.eventId(), this.incidentId()];
      untracked(() => {
        this.incident.set(null);
        void this.load(eventId, incidentId);
      });
    });
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.loadPickers(eventId));
    });
    effect((onCleanup) => {
      const eventId = this.eventId();
      const stop = untracked(() =>
        this.live.listen(eventId, {
          change: (change) => {
            if (change.incidentId === this.incidentId())
              void this.load(this.eventId(), this.incidentId(), true);
          },
          ready: (resumed) => {
            if (resumed) void this.load(this.eventId(), this.incidentId(), true);
          },
        }),
      );
      onCleanup(stop);
    });
    const created = this.router.getCurrentNavigation()?.extras.state?.['created'];
    if (typeof created === 'number') {
      this.announcement.set(
        this.transloco.translate('incidents.page.created', { name: incidentLabel(created) }),
      );
    }
  }

  protected levelLabel(level: string): string {
    return RISK_LEVEL_LABELS[level as RiskLevel]?.[this.lang()] ?? level;
  }

  protected async load(
    eventId = this.eventId(),
    incidentId = this.incidentId(),
    quietly = false,
  ): Promise<void> {
    if (!quietly) this.loadError.set(null);
    try {
      const incident = await this.incidentsApi.detail(eventId, incidentId);
      if (incidentId !== this.incidentId()) return;
      this.incident.set(incident);
      this.title.setTitle(
        `${incidentLabel(incident.number)} ${incident.title} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      if (!quietly || (error instanceof HttpErrorResponse && error.status === 404)) {
        this.loadError.set(errorMessage(error, this.transloco));
      }
    }
  }

  protected async reload(): Promise<void> {
    await this.load();
    this.announce('incidents.page.reloaded');
  }

  protected async onSaved(incident: IncidentDto): Promise<void> {
    this.actionError.set(null);
    this.announce('incidents.page.saved', { name: incidentLabel(incident.number) });
    await this.load(this.eventId(), incident.id, true);
  }

  protected onNothingToSave(): void {
    this.announce('incidents.page.nothingToSave');
  }

  protected async onTimelineChanged(what: 'note' | 'strike'): Promise<void> {
    this.announce(what === 'note' ? 'incidents.timeline.noteAdded' : 'incidents.timeline.struck');
    await this.load(this.eventId(), this.incidentId(), true);
  }

  /** A tick saves at once; when someone saved first, it is tried once more on the new version. */
  protected async onTick({ step, done, box }: StepTick): Promise<void> {
    const incident = this.incident();
    if (!incident || this.ticking()) return;
    this.ticking.set(step.id);
    this.actionError.set(null);
    try {
      await this.tick(incident, step.id, done);
      this.announce(done ? 'incidents.checklist.ticked' : 'incidents.checklist.unticked', {
        step: step.text[this.lang()],
      });
    } catch (error) {
      box.checked = step.done;
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.ticking.set(null);
      await this.load(this.eventId(), incident.id, true);
    }
  }

  private async tick(incident: IncidentDto, stepId: string, done: boolean): Promise<void> {
    try {
      await this.incidentsApi.tick(this.eventId(), incident.id, stepId, done, incident.version);
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 409)) throw error;
      const fresh = await this.incidentsApi.detail(this.eventId(), incident.id);
      this.incident.set(fresh);
      if (fresh.checklist.find((step) => step.id === stepId)?.done === done) return;
      await this.incidentsApi.tick(this.eventId(), incident.id, stepId, done, fresh.version);
    }
  }

  private async loadPickers(eventId: string): Promise<void> {
    try {
      this.event.set(await this.incidentsApi.event(eventId));
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      // the form reads times in the event's zone, so it waits for the event (or its failure)
      this.eventRead.set(true);
    }
    try {
      const [sites, members, participants, risks] = await Promise.all([
        this.incidentsApi.sites(eventId),
        this.incidentsApi.members(eventId),
        this.incidentsApi.participants(eventId),
        this.incidentsApi.risks(eventId),
      ]);
      this.sites.set(sites);
      this.members.set(members);
      this.participants.set(participants);
      this.risks.set(risks);
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    }
    // the staff on duty are an offer beside the members: without them the form still works
    this.onDuty.set(await this.incidentsApi.onDuty(eventId).catch(() => null));
  }

  protected assigneeName(incident: IncidentDetailDto): string | null {
    return assigneeText(incident.assignee, this.lang());
  }

  private announce(key: string, params?: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }
}
