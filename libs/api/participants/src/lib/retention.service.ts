import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AuditService } from '@tryggplan/api/audit-data';
import { APP_CONFIG, AppConfig, JobLeases, SharedChanges, SYSTEM_ACTOR } from '@tryggplan/api/core';
import { IncidentsService } from '@tryggplan/api/incidents-data';
import { ParticipantsQueries } from '@tryggplan/api/participants-data';
import { StaffService } from '@tryggplan/api/staff-data';
import { PermitApplicationService } from '@tryggplan/api/permit-data';
import { redactedSnapshot } from '@tryggplan/shared/domain';
import { isWithinDateBounds } from '@tryggplan/shared/domain';
import { DataSource } from 'typeorm';

export interface PurgeReport {
  /** When the purge ran and the end-of-event cutoff it used. */
  ranAt: string;
  cutoff: string;
  erased: number;
  events: { eventId: string; erased: number }[];
  /** Incidents whose personal data was erased, per event; their statistics remain. */
  incidents: { eventId: string; redacted: number }[];
  /** Staff of the security organisation erased, per event. */
  staff: { eventId: string; erased: number }[];
  /** Events whose permit application (naming the person responsible) was erased. */
  permitApplications: string[];
}

const PURGE_JOB = 'retention-purge';
/** Instances that start or wake within this time of each other purge once between them. */
const PURGE_LEASE_MS = 10 * 60_000;

/**
 * Erases participants' personal data, and that of the event's incidents and staff, RETENTION_DAYS after their
 * event ended: daily, at start, and by `npm run purge`.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Retention');
  private startupReport: PurgeReport | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly queries: ParticipantsQueries,
    private readonly audit: AuditService,
    private readonly shared: SharedChanges,
    private readonly leases: JobLeases,
    private readonly incidents: IncidentsService,
    private readonly staff: StaffService,
    private readonly permits: PermitApplicationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.leases.take(PURGE_JOB, PURGE_LEASE_MS)) this.startupReport = await this.purgeReport();
  }

  /** What the purge at start did (`npm run purge` prints it). */
  get lastStartupReport(): PurgeReport | null {
    return this.startupReport;
  }

  /** The daily run: on one instance only, whichever takes the lease; answers whether this one ran it. */
  @Cron(CronExpression.EVERY_DAY_AT_3AM, { timeZone: 'Europe/Stockholm' })
  async scheduledPurge(): Promise<boolean> {
    if (!(await this.leases.take(PURGE_JOB, PURGE_LEASE_MS))) return false;
    await this.purge();
    return true;
  }

  async purge(now = new Date()): Promise<number> {
    return (await this.purgeReport(now)).erased;
  }

  async purgeReport(now = new Date()): Promise<PurgeReport> {
    const cutoff = new Date(now.getTime() - this.config.retentionDays * 86400_000).toISOString();
    const candidates = await this.queries.purgeCandidates(cutoff);
    // An end outside the accepted dates (year 0000) is a typo, never a reason to erase everyone.
    const events = candidates.filter((event) => isWithinDateBounds(event.endsAt));
    for (const event of candidates.filter((candidate) => !events.includes(candidate))) {
      this.logger.warn(`Kept the participants of event ${event.id}: its end ${event.endsAt} is out of range`);
    }
    let erased = 0;
    for (const event of events) {
      // the change number moves with the erasure: once it has committed, no instance serves the names
      await this.db.transaction(async (tx) => {
        await this.queries.eraseParticipantsOf(event.id, tx);
        await this.shared.bump(tx);
      });
      await this.audit.record(SYSTEM_ACTOR, {
        action: 'participants.purge',
        eventId: event.id,
        details: { count: event.n },
      });
      erased += event.n;
    }
    const redacted = await this.redactRevisions(cutoff);
    const incidents = await this.incidents.redactEnded(cutoff, isWithinDateBounds);
    const staff = await this.staff.purgeEnded(cutoff, isWithinDateBounds);
    const permitApplications = await this.permits.purgeEnded(cutoff, isWithinDateBounds);
    if (erased > 0 || redacted > 0) {
      await this.shared.bump();
    }
    if (erased > 0) this.logger.log(`Erased ${erased} participants of ${events.length} ended events`);
    return {
      ranAt: now.toISOString(),
      cutoff,
      erased,
      events: events.map((event) => ({ eventId: event.id, erased: event.n })),
      incidents,
      staff,
      permitApplications,
    };
  }

  /**
   * Published revisions froze the names of the public schedule; they go with the participants, also
   * in events purged before revisions were redacted.
   */
  private async redactRevisions(cutoff: string): Promise<number> {
    const revisions = await this.queries.revisionsWithPublicScheduleBefore(cutoff);
    let redacted = 0;
    for (const revision of revisions) {
      const snapshot = JSON.stringify(redactedSnapshot(JSON.parse(revision.snapshot)));
      if (snapshot === revision.snapshot) continue;
      await this.db.transaction(async (tx) => {
        await this.queries.setRevisionSnapshot(revision.id, snapshot, tx);
        await this.shared.bump(tx);
      });
      redacted += 1;
    }
    return redacted;
  }
}
