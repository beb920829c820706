import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LoginFailureEntity } from '@tryggplan/api/auth-data';
import { APP_CONFIG, AppConfig, ApiHttpException } from '@tryggplan/api/core';
import type { Request, Response } from 'express';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { In, LessThan, MoreThan, Repository } from 'typeorm';
import { SessionService } from './session.service';

export const DEVICE_COOKIE = 'tryggplan_device';
const DEVICE_DAYS = 180;

/** The counters a login attempt is held against, and their limits. */
interface Budget {
  key: string;
  limit: number;
}

/**
 * Failed logins, counted in the database so every instance sees them. Strangers share one budget
 * per account and one per address; a browser that logged in to the account before carries a signed
 * device cookie and is counted on its own, so nobody else's guessing can lock the owner out there.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
  ) {}

  private get windowMs(): number {
    return this.config.loginLimitWindowSeconds * 1000;
  }

  budgetsOf(req: Request, email: string): Budget[] {
    const device = this.knownDevice(req, email);
    if (device) return [{ key: `device:${device}`, limit: this.config.loginLimitPerAccount }];
    return [
      { key: `ip:${req.ip ?? 'unknown'}`, limit: this.config.loginLimitPerIp },
      { key: `account:${email}`, limit: this.config.loginLimitPerAccount },
    ];
  }

  /** 429 with Retry-After when any budget is spent within the window. */
  async check(budgets: Budget[], res: Response): Promise<void> {
    const since = new Date(Date.now() - this.windowMs).toISOString();
    const counts = await this.failures
      .createQueryBuilder('failure')
      .select('failure.key', 'key')
      .addSelect('COUNT(*)', 'count')
      .addSelect('MIN(failure.at)', 'oldest')
      .where({ key: In(budgets.map((budget) => budget.key)), at: MoreThan(since) })
      .groupBy('failure.key')
      .getRawMany<{ key: string; count: string | number; oldest: string }>();
    const spent = counts.filter(
      (row) => Number(row.count) >= (budgets.find((budget) => budget.key === row.key)?.limit ?? 0),
    );
    if (spent.length === 0) return;
    const freeAt = Math.max(...spent.map((row) => Date.parse(row.oldest) + this.windowMs));
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil((freeAt - Date.now()) / 1000))));
    throw new ApiHttpException(HttpStatus.TOO_MANY_REQUESTS, 'too_many_attempts');
  }

  async fail(budgets: Budget[]): Promise<void> {
    const at = new Date().toISOString();
    await this.failures.insert(budgets.map((budget) => ({ id: randomUUID(), key: budget.key, at })));
    await this.failures.delete({ at: LessThan(new Date(Date.now() - this.windowMs).toISOString()) });
  }

  /** After a good login: this browser is known to the account from now on. */
  async succeed(req: Request, res: Response, email: string): Promise<void> {
    const device = this.knownDevice(req, email);
    if (device) {
      await this.failures.delete({ key: `device:${device}` });
      return;
    }
    const id = randomBytes(16).toString('base64url');
    res.cookie(DEVICE_COOKIE, `${id}.${this.proof(id, email)}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/api/auth',
      maxAge: DEVICE_DAYS * 86400_000,
    });
  }

  private knownDevice(req: Request, email: string): string | null {
    const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.[DEVICE_COOKIE];
    const [id, proof] = typeof cookie === 'string' ? cookie.split('.') : [];
    if (!id || !proof) return null;
    const expected = Buffer.from(this.proof(id, email));
    const given = Buffer.from(proof);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  private proof(id: string, email: string): string {
    return createHmac('sha256', this.sessions.deviceKey).update(`${id}|${email}`).digest('base64url');
  }
}
