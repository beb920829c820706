import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AuditService } from '@tryggplan/api/audit';
import { APP_CONFIG, AppConfig, SharedChanges, SqlReader, WriteGeneration } from '@tryggplan/api/core';
import { redactedSnapshot } from '@tryggplan/shared/domain';
import { isWithinDateBounds } from '@tryggplan/shared/domain';
import { DataSource } from 'typeorm';

export interface PurgeReport {
  /** When the purge ran and the end-of-event cutoff it used. */
  ranAt: string;
  cutoff: string;
  erased: number;
  events: { eventId: string; erased: number }[];
}

/** Erases participants' personal data RETENTION_DAYS after their event ended: daily, at start, and by `npm run purge`. */
@Injectable()
export class RetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Retention');
  private startupReport: PurgeReport | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly sql: SqlReader,
    private readonly audit: AuditService,
    private readonly writes: WriteGeneration,
    private readonly shared: SharedChanges,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.startupReport = await this.purgeReport();
  }

  /** What the purge at start did (`npm run purge` prints it). */
  get lastStartupReport(): PurgeReport | null {
    return this.startupReport;
  }

  @Cron(CronExpression.EVERY_DAY_AT_3AM, { timeZone: 'Europe/Stockholm' })
  async scheduledPurge(): Promise<void> {
    await this.purge();
  }

  async purge(now = new Date()): Promise<number> {
    return (await this.purgeReport(now)).erased;
  }

  async purgeReport(now = new Date()): Promise<PurgeReport> {
    const cutoff = new Date(now.getTime() - this.config.retentionDays * 86400_000).toISOString();
    const candidates = this.sql.all<{ id: string; endsAt: string; n: number }>(
      `SELECT e.id, e.endsAt, COUNT(p.id) AS n FROM events e JOIN participants p ON p.eventId = e.id
       WHERE e.endsAt < ? GROUP BY e.id`,
      [cutoff],
    );
    // An end outside the accepted dates (year 0000) is a typo, never a reason to erase everyone.
    const events = candidates.filter((event) => isWithinDateBounds(event.endsAt));
    for (const event of candidates.filter((candidate) => !events.includes(candidate))) {
      this.logger.warn(`Kept the participants of event ${event.id}: its end ${event.endsAt} is out of range`);
    }
    let erased = 0;
    for (const event of events) {
      await this.db.query('DELETE FROM participants WHERE eventId = ?', [event.id]);
      await this.audit.record(undefined, {
        action: 'participants.purge',
        eventId: event.id,
        details: { count: event.n },
      });
      erased += event.n;
    }
    const redacted = await this.redactRevisions(cutoff);
    if (erased > 0 || redacted > 0) {
      this.writes.bump();
      await this.shared.bump();
    }
    if (erased > 0) this.logger.log(`Erased ${erased} participants of ${events.length} ended events`);
    return {
      ranAt: now.toISOString(),
      cutoff,
      erased,
      events: events.map((event) => ({ eventId: event.id, erased: event.n })),
    };
  }

  /**
   * Published revisions froze the names of the public schedule; they go with the participants, also
   * in events purged before revisions were redacted.
   */
  private async redactRevisions(cutoff: string): Promise<number> {
    const revisions: { id: string; snapshot: string; includesPublicSchedule: unknown }[] =
      await this.db.query(
        `SELECT r.id, r.snapshot, r.includesPublicSchedule FROM risk_plan_revisions r
       JOIN events e ON e.id = r.eventId WHERE e.endsAt < ?`,
        [cutoff],
      );
    let redacted = 0;
    for (const revision of revisions.filter((row) => Boolean(row.includesPublicSchedule))) {
      const snapshot = JSON.stringify(redactedSnapshot(JSON.parse(revision.snapshot)));
      if (snapshot === revision.snapshot) continue;
      await this.db.query('UPDATE risk_plan_revisions SET snapshot = ? WHERE id = ?', [
        snapshot,
        revision.id,
      ]);
      redacted += 1;
    }
    return redacted;
  }
}
