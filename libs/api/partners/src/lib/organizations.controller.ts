import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, AdminOnly, ApiJsonBody, ValidBody } from '@tryggplan/api/core';
import {
  OrganizationCreate,
  organizationCreateSchema,
  PartnerInvite,
  partnerInviteSchema,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { OrganizationsService } from './organizations.service';

const OrganizationManagers = () => Access({ roles: ['admin', 'coordinator'] });

@ApiTags('partners')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @OrganizationManagers()
  list() {
    return this.organizations.list();
  }

  @Post()
  @OrganizationManagers()
  @ApiJsonBody(organizationCreateSchema)
  create(@Req() req: Request, @ValidBody(organizationCreateSchema) body: OrganizationCreate) {
    return this.organizations.create(req, body);
  }

  /**
   * A partner user of the organisation; the answer carries a one-time invitation link. Admin only:
   * every member of an organisation reads all of its shares.
   */
  @Post(':organizationId/invitations')
  @AdminOnly()
  @ApiJsonBody(partnerInviteSchema)
  invite(
    @Req() req: Request,
    @Param('organizationId') organizationId: string,
    @ValidBody(partnerInviteSchema) body: PartnerInvite,
  ) {
    return this.organizations.invite(req, organizationId, body);
  }
}
