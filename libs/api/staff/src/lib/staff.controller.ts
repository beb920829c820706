import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import { StaffService } from '@tryggplan/api/staff-data';
import {
  OnDutyQuery,
  onDutyQuerySchema,
  StaffCreate,
  staffCreateSchema,
  StaffUpdate,
  staffUpdateSchema,
} from '@tryggplan/shared/domain';

/** The event's security organisation: staff, their shifts and posts; only coordinators of the event. */
@ApiTags('staff')
@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get('events/:eventId/staff')
  @EventCoordinator()
  list(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.staff.list(actor, eventId);
  }

  @Post('events/:eventId/staff')
  @EventCoordinator()
  @ApiJsonBody(staffCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(staffCreateSchema) body: StaffCreate,
  ) {
    return this.staff.create(actor, eventId, body);
  }

  @Patch('events/:eventId/staff/:staffId')
  @EventCoordinator()
  @ApiJsonBody(staffUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('staffId') staffId: string,
    @ValidBody(staffUpdateSchema) body: StaffUpdate,
  ) {
    return this.staff.update(actor, eventId, staffId, body);
  }

  @Delete('events/:eventId/staff/:staffId')
  @EventCoordinator()
  @HttpCode(204)
  async erase(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('staffId') staffId: string,
  ): Promise<void> {
    await this.staff.erase(actor, eventId, staffId);
  }

  @Get('events/:eventId/on-duty')
  @EventCoordinator()
  onDuty(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidQuery(onDutyQuerySchema) query: OnDutyQuery,
  ) {
    return this.staff.onDuty(actor, eventId, query.at);
  }
}
