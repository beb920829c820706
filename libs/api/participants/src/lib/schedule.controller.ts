import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiJsonBody, EventCoordinator, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import { ScheduleService } from '@tryggplan/api/participants-data';
import {
  ScheduleItemCreate,
  scheduleItemCreateSchema,
  ScheduleItemUpdate,
  scheduleItemUpdateSchema,
} from '@tryggplan/shared/domain';

@ApiTags('schedule')
@Controller('events/:eventId')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  @Get('participants/:participantId/schedule')
  @EventCoordinator()
  list(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.schedule.list(actor, eventId, participantId);
  }

  @Post('participants/:participantId/schedule')
  @EventCoordinator()
  @ApiJsonBody(scheduleItemCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @ValidBody(scheduleItemCreateSchema) body: ScheduleItemCreate,
  ) {
    return this.schedule.create(actor, eventId, participantId, body);
  }

  @Patch('participants/:participantId/schedule/:itemId')
  @EventCoordinator()
  @ApiJsonBody(scheduleItemUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @Param('itemId') itemId: string,
    @ValidBody(scheduleItemUpdateSchema) body: ScheduleItemUpdate,
  ) {
    return this.schedule.update(actor, eventId, participantId, itemId, body);
  }

  @Delete('participants/:participantId/schedule/:itemId')
  @EventCoordinator()
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.schedule.remove(actor, eventId, participantId, itemId);
  }

  @Get('schedule')
  @EventCoordinator()
  timeline(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.schedule.timeline(actor, eventId, false);
  }

  @Get('public-appearances')
  @EventCoordinator()
  publicAppearances(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.schedule.timeline(actor, eventId, true);
  }
}
