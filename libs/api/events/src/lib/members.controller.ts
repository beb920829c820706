import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import { MembershipService } from '@tryggplan/api/auth-data';
import { Access, ApiJsonBody, notFound, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { memberAddSchema } from '@tryggplan/shared/domain';

const MEMBER_MANAGERS = { roles: ['admin', 'coordinator'], event: 'member' } as const;

@ApiTags('events')
@Controller('events/:eventId/members')
export class MembersController {
  constructor(
    private readonly events: EventsService,
    private readonly membership: MembershipService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Access(MEMBER_MANAGERS)
  async list(@Param('eventId') eventId: string) {
    await this.events.entity(eventId);
    return this.membership.list(eventId);
  }

  @Post()
  @Access(MEMBER_MANAGERS)
  @HttpCode(201)
  @ApiJsonBody(memberAddSchema)
  async add(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(memberAddSchema) body: { userId: string },
  ) {
    await this.events.entity(eventId);
    await this.membership.add(eventId, body.userId, actor.lang);
    await this.audit.record(actor, {
      action: 'members.add',
      eventId,
      subjectType: 'user',
      subjectId: body.userId,
    });
    return this.membership.list(eventId);
  }

  @Delete(':userId')
  @Access(MEMBER_MANAGERS)
  @HttpCode(204)
  async remove(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('userId') userId: string,
  ) {
    await this.events.entity(eventId);
    if (!(await this.membership.remove(eventId, userId))) throw notFound();
    await this.audit.record(actor, {
      action: 'members.remove',
      eventId,
      subjectType: 'user',
      subjectId: userId,
    });
  }
}
