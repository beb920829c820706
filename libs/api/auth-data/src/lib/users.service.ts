import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  APP_CONFIG,
  AppConfig,
  conflict,
  invalidInput,
  notFound,
  nowIso,
  Actor,
  SYSTEM_ACTOR,
} from '@tryggplan/api/core';
import {
  Page,
  PageQuery,
  UserCreate,
  UserDto,
  UserRole,
  UserUpdate,
  ValidationCode,
  validationMessage,
} from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { generatePassword, hashPassword } from './password';
import { hashSecretToken, newSecretToken } from './secret-token';
import { UserEntity } from './user.entity';

const INVITATION_DAYS = 7;

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId,
    disabled: user.disabled,
    version: user.version,
    createdAt: user.createdAt,
  };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: PageQuery): Promise<Page<UserDto>> {
    const [rows, total] = await this.users.findAndCount({
      order: { email: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    await this.audit.record(actor, { action: 'users.list', details: { count: rows.length } });
    return { items: rows.map(toUserDto), total };
  }

  /** `actor` left out (tests, the first admin) is the system. */
  async create(
    actor: Actor = SYSTEM_ACTOR,
    input: UserCreate,
  ): Promise<{ user: UserDto; invitationUrl?: string }> {
    if (await this.users.existsBy({ email: input.email })) throw conflict('email_taken');
    await this.checkOrganization(actor, input.role, input.organizationId ?? null);
    const invitation = input.password ? undefined : newSecretToken();
    const user = await this.users.save(
      this.users.create({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        organizationId: input.organizationId ?? null,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        invitationHash: invitation?.hash ?? null,
        invitationExpiresAt: invitation
          ? new Date(Date.now() + INVITATION_DAYS * 86400_000).toISOString()
          : null,
        createdAt: nowIso(),
      }),
    );
    await this.audit.record(actor, { action: 'users.create', subjectType: 'user', subjectId: user.id });
    return {
      user: toUserDto(user),
      ...(invitation ? { invitationUrl: `${this.publicUrl()}/invite/${invitation.token}` } : {}),
    };
  }

  async update(actor: Actor, id: string, input: UserUpdate): Promise<UserDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound();
    if (user.version !== input.version) throw conflict();
    if (input.email && input.email !== user.email && (await this.users.existsBy({ email: input.email }))) {
      throw conflict('email_taken');
    }
    const organizationId = input.organizationId !== undefined ? input.organizationId : user.organizationId;
    await this.checkOrganization(actor, input.role ?? user.role, organizationId);
    const endsSessions =
      input.password !== undefined || input.disabled === true || (input.role && input.role !== user.role);
    const changes: Partial<UserEntity> = {
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.organizationId !== undefined ? { organizationId: input.organizationId } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(input.password !== undefined ? { passwordHash: await hashPassword(input.password) } : {}),
      ...(endsSessions ? { sessionEpoch: user.sessionEpoch + 1 } : {}),
      version: user.version + 1,
    };
    const result = await this.users.update({ id, version: input.version }, changes);
    if (!result.affected) throw conflict();
    await this.audit.record(actor, {
      action: 'users.update',
      subjectType: 'user',
      subjectId: id,
      details: {
        fields: Object.keys(input).filter((key) => key !== 'version' && key !== 'password'),
        passwordReset: input.password !== undefined,
      },
    });
    return toUserDto((await this.users.findOneByOrFail({ id })) as UserEntity);
  }

  /** Only partners belong to an organisation, and theirs must exist: it decides which shares they read. */
  private async checkOrganization(
    actor: Actor,
    role: UserRole,
    organizationId: string | null,
  ): Promise<void> {
    const refuse = (code: ValidationCode) =>
      invalidInput([{ field: 'organizationId', code, message: validationMessage(code, actor.lang) }]);
    if ((role === 'partner') !== Boolean(organizationId)) throw refuse('partner_needs_organization');
    if (!organizationId) return;
    const found = await this.users.manager
      .createQueryBuilder()
      .select('organization.id')
      .from('organizations', 'organization')
      .where('organization.id = :organizationId', { organizationId })
      .getRawOne();
    if (!found) throw refuse('unknown_organization');
  }

  /** Sets the password of an invited user; the link works once and expires. */
  async acceptInvitation(actor: Actor, token: string, password: string): Promise<void> {
    const user = await this.users.findOneBy({ invitationHash: hashSecretToken(token) });
    if (!user || !user.invitationExpiresAt || user.invitationExpiresAt < nowIso() || user.disabled)
      throw notFound();
    await this.users.update(
      { id: user.id },
      {
        passwordHash: await hashPassword(password),
        invitationHash: null,
        invitationExpiresAt: null,
        version: user.version + 1,
      },
    );
    await this.audit.record(actor, {
      action: 'users.invitation-accepted',
      subjectType: 'user',
      subjectId: user.id,
    });
  }

  /** The first admin, from ADMIN_EMAIL/ADMIN_PASSWORD or with a random password printed once. */
  async ensureFirstAdmin(): Promise<{ email: string; generatedPassword?: string } | null> {
    if ((await this.users.count()) > 0) return null;
    const email = this.config.adminEmail ?? 'admin@tryggplan.local';
    const password = this.config.adminPassword ?? generatePassword();
    await this.create(SYSTEM_ACTOR, { email, displayName: 'Administratör', role: 'admin', password });
    this.logger.log(`First admin created: ${email}`);
    return { email, generatedPassword: this.config.adminPassword ? undefined : password };
  }

  private publicUrl(): string {
    return this.config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${this.config.port}`;
  }
}
