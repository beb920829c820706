import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { DUMMY_HASH_PROMISE, verifyPassword, UserEntity } from '@tryggplan/api/auth-data';
import { unauthorized, Actor } from '@tryggplan/api/core';
import { LoginRequest, SessionUser } from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { SessionClaims, SessionService } from './session.service';

export function toSessionUser(user: UserEntity): SessionUser {
  return { id: user.id, email: user.email, role: user.role, displayName: user.displayName };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Wrong email, wrong password and a disabled account all answer the same, in about the same time. */
  async login(actor: Actor, credentials: LoginRequest): Promise<{ accessToken: string; user: SessionUser }> {
    const email = credentials.email.trim().toLowerCase();
    const user = await this.users.findOneBy({ email });
    const hash = user?.passwordHash ?? (await DUMMY_HASH_PROMISE);
    const passwordOk = await verifyPassword(credentials.password, hash);
    if (!user || !user.passwordHash || !passwordOk || user.disabled) {
      await this.audit.record(actor, {
        action: 'auth.login-failed',
        subjectType: 'user',
        subjectId: user?.id,
      });
      throw unauthorized('invalid_credentials');
    }
    await this.audit.record(actor, { action: 'auth.login', subjectType: 'user', subjectId: user.id });
    return { accessToken: await this.sessions.issue(user), user: toSessionUser(user) };
  }

  /** Voids the token of this session, whether it came as cookie or as Bearer token. */
  async logout(actor: Actor, session: SessionClaims | undefined): Promise<void> {
    if (session) await this.sessions.revoke(session);
    await this.audit.record(actor, { action: 'auth.logout', subjectType: 'user', subjectId: actor.userId });
  }
}
