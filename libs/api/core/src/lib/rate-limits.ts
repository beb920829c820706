import type { ThrottlerStorage } from '@nestjs/throttler';
import { Sql } from './sql';

interface WindowRow {
  hits: number | string;
  expiresAt: number | string;
  blockedUntil: number | string;
}

/** Expired windows are swept after this many counts, by whichever instance counts them. */
const SWEEP_EVERY = 500;

/**
 * The rate limits' counters (per address and route, per throttler) in the database, so every
 * instance counts the same hits: a fixed window per key, started by its first hit and counted up
 * in one atomic upsert; over the limit, the key is blocked for the throttler's block duration.
 */
export class SqlThrottlerStorage implements ThrottlerStorage {
  private counted = 0;

  constructor(private readonly sql: Sql) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<{ totalHits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number }> {
    const now = Date.now();
    const id = `${throttlerName}:${key}`;
    const row = (await this.sql.get<WindowRow>(
      `INSERT INTO "rate_limits" ("key", "hits", "expiresAt", "blockedUntil") VALUES (?, 1, ?, 0)
       ON CONFLICT ("key") DO UPDATE SET
         "hits" = CASE WHEN "rate_limits"."expiresAt" <= ? THEN 1 ELSE "rate_limits"."hits" + 1 END,
         "expiresAt" = CASE WHEN "rate_limits"."expiresAt" <= ? THEN ? ELSE "rate_limits"."expiresAt" END
       RETURNING "hits", "expiresAt", "blockedUntil"`,
      [id, now + ttl, now, now, now + ttl],
    )) as WindowRow;
    const hits = Number(row.hits);
    let blockedUntil = Number(row.blockedUntil);
    if (hits > limit && blockedUntil <= now) {
      blockedUntil = now + blockDuration;
      await this.sql.run('UPDATE "rate_limits" SET "blockedUntil" = ? WHERE "key" = ?', [blockedUntil, id]);
    }
    if ((this.counted = (this.counted + 1) % SWEEP_EVERY) === 0) await this.sweep(now);
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil((Number(row.expiresAt) - now) / 1000)),
      isBlocked: blockedUntil > now,
      timeToBlockExpire: Math.max(0, Math.ceil((blockedUntil - now) / 1000)),
    };
  }

  private sweep(now: number): Promise<void> {
    return this.sql.run('DELETE FROM "rate_limits" WHERE "expiresAt" <= ? AND "blockedUntil" <= ?', [
      now,
      now,
    ]);
  }
}
