import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppSettingEntity, RevokedSessionEntity } from '@tryggplan/api/auth-data';
import { APP_CONFIG, AppConfig } from '@tryggplan/api/core';
import { UserRole } from '@tryggplan/shared/domain';
import type { CookieOptions, Response } from 'express';
import { createSecretKey, KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';

export const SESSION_COOKIE = 'tryggplan_session';
const SECRET_KEY = 'jwt-secret';

export interface SessionClaims {
  sub: string;
  role: UserRole;
  epoch: number;
  jti: string;
  iat: number;
  exp: number;
}

/** Issues and checks the short-lived access tokens, sent both as a cookie and as a Bearer token. */
@Injectable()
export class SessionService implements OnModuleInit {
  private secret = '';
  /** jsonwebtoken first tries the secret as a public key on every call unless it gets a KeyObject. */
  private key?: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>,
    @InjectRepository(RevokedSessionEntity) private readonly revoked: Repository<RevokedSessionEntity>,
  ) {}

  /** Without JWT_SECRET a random secret is made once and kept in the database, so restarts keep sessions. */
  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = this.config.jwtSecret;
      return;
    }
    const stored = await this.settings.findOneBy({ key: SECRET_KEY });
    if (stored) {
      this.secret = stored.value;
      return;
    }
    this.secret = randomBytes(48).toString('base64url');
    await this.settings.insert({ key: SECRET_KEY, value: this.secret });
  }

  private signingKey(): KeyObject {
    this.key ??= createSecretKey(Buffer.from(this.secret));
    return this.key;
  }

  /** The key that signs known-device cookies: the session secret, so JWT_SECRET rotation ends both. */
  get deviceKey(): KeyObject {
    return this.signingKey();
  }

  get ttlSeconds(): number {
    return this.config.sessionTtlMinutes * 60;
  }

  issue(user: { id: string; role: UserRole; sessionEpoch: number }): Promise<string> {
    return this.jwt.signAsync(
      { sub: user.id, role: user.role, epoch: user.sessionEpoch },
      {
        secret: this.signingKey() as unknown as string,
        expiresIn: this.ttlSeconds,
        algorithm: 'HS256',
        jwtid: randomUUID(),
      },
    );
  }

  /** The claims of a token signed here and not expired; the guard reads its revocation with the user. */
  async verify(token: string): Promise<SessionClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<SessionClaims>(token, {
        secret: this.signingKey() as unknown as string,
        algorithms: ['HS256'],
      });
      return claims;
    } catch {
      return null;
    }
  }

  /** Logging out voids this one token; other devices stay logged in. */
  async revoke(claims: SessionClaims): Promise<void> {
    const now = new Date().toISOString();
    await this.revoked.delete({ expiresAt: LessThan(now) });
    await this.revoked.upsert({ jti: claims.jti, expiresAt: new Date(claims.exp * 1000).toISOString() }, [
      'jti',
    ]);
  }

  /** A token past half its life is renewed on use, so active users are not logged out mid-task. */
  needsRenewal(claims: SessionClaims): boolean {
    return Date.now() / 1000 - claims.iat > this.ttlSeconds / 2;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: '/api' };
  }

  setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), maxAge: this.ttlSeconds * 1000 });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }
}
