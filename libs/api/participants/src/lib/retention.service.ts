import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AuditService } from '@tryggplan/api/audit';
import { APP_CONFIG, AppConfig, SqlReader, WriteGeneration } from '@tryggplan/api/core';
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
    const events = this.sql.all<{ id: string; n: number }>(
      `SELECT e.id, COUNT(p.id) AS n FROM events e JOIN participants p ON p.eventId = e.id
       WHERE e.endsAt < ? GROUP BY e.id`,
      [cutoff],
    );
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
    if (erased > 0) this.writes.bump();
    if (erased > 0) this.logger.log(`Erased ${erased} participants of ${events.length} ended events`);
    return {
      ranAt: now.toISOString(),
      cutoff,
      erased,
      events: events.map((event) => ({ eventId: event.id, erased: event.n })),
    };
  }
}
