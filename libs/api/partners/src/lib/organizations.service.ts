import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { UsersService } from '@tryggplan/api/auth-data';
import { notFound, nowIso, Actor, SYSTEM_ACTOR } from '@tryggplan/api/core';
import { OrganizationCreate, OrganizationDto, PartnerInvite, UserDto } from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export function toOrganizationDto(organization: OrganizationEntity): OrganizationDto {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    createdAt: organization.createdAt,
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<{ items: OrganizationDto[]; total: number }> {
    const rows = await this.organizations.find({ order: { name: 'ASC' } });
    return { items: rows.map(toOrganizationDto), total: rows.length };
  }

  async get(id: string): Promise<OrganizationDto> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw notFound();
    return toOrganizationDto(organization);
  }

  async create(actor: Actor = SYSTEM_ACTOR, input: OrganizationCreate): Promise<OrganizationDto> {
    const organization = await this.organizations.save(
      this.organizations.create({ ...input, createdAt: nowIso() }),
    );
    await this.audit.record(actor, {
      action: 'organizations.create',
      subjectType: 'organization',
      subjectId: organization.id,
    });
    return toOrganizationDto(organization);
  }

  /** A partner user of the organisation, who sets a password through a one-time invitation link. */
  async invite(
    actor: Actor,
    organizationId: string,
    input: PartnerInvite,
  ): Promise<{ user: UserDto; invitationUrl?: string }> {
    await this.get(organizationId);
    return this.users.create(actor, { ...input, role: 'partner', organizationId });
  }
}
