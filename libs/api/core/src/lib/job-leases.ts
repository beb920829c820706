import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Sql } from './sql';

/**
 * Leases in the database that let a scheduled job run once across instances: whoever takes the
 * lease runs the job, the others skip it until the lease has run out.
 */
@Injectable()
export class JobLeases {
  /** This process, as a lease holder. */
  private readonly holder = randomUUID();

  constructor(private readonly sql: Sql) {}

  async take(job: string, forMs: number): Promise<boolean> {
    const now = new Date();
    const row = await this.sql.get<{ holder: string }>(
      `INSERT INTO "job_leases" ("name", "holder", "until") VALUES (?, ?, ?)
       ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "until" = excluded."until"
       WHERE "job_leases"."until" < ?
       RETURNING "holder"`,
      [job, this.holder, new Date(now.getTime() + forMs).toISOString(), now.toISOString()],
    );
    return row?.holder === this.holder;
  }
}
