import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit';
import { unauthorized } from '@tryggplan/api/core';
import { LoginRequest, SessionUser } from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { AuthenticatedRequest } from './authenticated-request';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

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
  async login(req: Request, credentials: LoginRequest): Promise<{ accessToken: string; user: SessionUser }> {
    const email = credentials.email.trim().toLowerCase();
    const user = await this.users.findOneBy({ email });
    const hash = user?.passwordHash ?? (await DUMMY_HASH_PROMISE);
    const passwordOk = await verifyPassword(credentials.password, hash);
    if (!user || !user.passwordHash || !passwordOk || user.disabled) {
      await this.audit.record(req, { action: 'auth.login-failed', subjectType: 'user', subjectId: user?.id });
      throw unauthorized('invalid_credentials');
    }
    await this.audit.record(req, { action: 'auth.login', subjectType: 'user', subjectId: user.id });
    return { accessToken: await this.sessions.issue(user), user: toSessionUser(user) };
  }

  /** Voids the token of this session, whether it came as cookie or as Bearer token. */
  async logout(req: AuthenticatedRequest): Promise<void> {
    if (req.session) await this.sessions.revoke(req.session);
    await this.audit.record(req, { action: 'auth.logout', subjectType: 'user', subjectId: req.user?.id });
  }
}
