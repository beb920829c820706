import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CheckInsService } from '@tryggplan/api/check-ins-data';
import { APP_CONFIG, AppConfig, JobLeases } from '@tryggplan/api/core';

const ESCALATION_JOB = 'check-in-escalation';

/**
 * Raises who has not answered a check-in once its time has come. Every instance ticks, whichever
 * holds the lease looks; the escalation itself is a conditional update, so it happens once.
 * A tick is a third of a check-in minute, at most 10 s: a task is raised within seconds of its time.
 */
@Injectable()
export class CheckInEscalationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CheckInEscalation');
  private timer: ReturnType<typeof setInterval> | null = null;
  private running = false;

  constructor(
    private readonly checkIns: CheckInsService,
    private readonly leases: JobLeases,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get tickMs(): number {
    return Math.min(10_000, Math.max(500, (this.config.checkInMinuteSeconds * 1000) / 3));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref?.();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look for due check-ins; answers how many it escalated (0 when another instance holds the lease). */
  async tick(now = new Date()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      if (!(await this.leases.take(ESCALATION_JOB, this.tickMs - 100))) return 0;
      return await this.checkIns.escalateDue(now);
    } catch (error) {
      this.logger.warn(`Check-in escalation failed: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
