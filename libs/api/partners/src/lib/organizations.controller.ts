import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, AdminOnly, ApiJsonBody, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import { InvitationNotices } from '@tryggplan/api/messages-data';
import {
  OrganizationCreate,
  organizationCreateSchema,
  PartnerInvite,
  partnerInviteSchema,
} from '@tryggplan/shared/domain';
import { OrganizationsService } from './organizations.service';

const OrganizationManagers = () => Access({ roles: ['admin', 'coordinator'] });

@ApiTags('partners')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationNotices,
  ) {}

  @Get()
  @OrganizationManagers()
  list() {
    return this.organizations.list();
  }

  @Post()
  @OrganizationManagers()
  @ApiJsonBody(organizationCreateSchema)
  create(@CurrentActor() actor: Actor, @ValidBody(organizationCreateSchema) body: OrganizationCreate) {
    return this.organizations.create(actor, body);
  }

  /**
   * A partner user of the organisation; the answer carries a one-time invitation link. Admin only:
   * every member of an organisation reads all of its shares.
   */
  @Post(':organizationId/invitations')
  @AdminOnly()
  @ApiJsonBody(partnerInviteSchema)
  async invite(
    @CurrentActor() actor: Actor,
    @Param('organizationId') organizationId: string,
    @ValidBody(partnerInviteSchema) body: PartnerInvite,
  ) {
    return this.invitations.mail(actor, await this.organizations.invite(actor, organizationId, body));
  }
}
