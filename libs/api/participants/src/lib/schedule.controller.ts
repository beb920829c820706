import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiJsonBody, EventCoordinator, ValidBody } from '@tryggplan/api/core';
import {
  ScheduleItemCreate,
  scheduleItemCreateSchema,
  ScheduleItemUpdate,
  scheduleItemUpdateSchema,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { ScheduleService } from './schedule.service';

@ApiTags('schedule')
@Controller('events/:eventId')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  @Get('participants/:participantId/schedule')
  @EventCoordinator()
  list(
    @Req() req: Request,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.schedule.list(req, eventId, participantId);
  }

  @Post('participants/:participantId/schedule')
  @EventCoordinator()
  @ApiJsonBody(scheduleItemCreateSchema)
  create(
    @Req() req: Request,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @ValidBody(scheduleItemCreateSchema) body: ScheduleItemCreate,
  ) {
    return this.schedule.create(req, eventId, participantId, body);
  }

  @Patch('participants/:participantId/schedule/:itemId')
  @EventCoordinator()
  @ApiJsonBody(scheduleItemUpdateSchema)
  update(
    @Req() req: Request,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @Param('itemId') itemId: string,
    @ValidBody(scheduleItemUpdateSchema) body: ScheduleItemUpdate,
  ) {
    return this.schedule.update(req, eventId, participantId, itemId, body);
  }

  @Delete('participants/:participantId/schedule/:itemId')
  @EventCoordinator()
  @HttpCode(204)
  remove(
    @Req() req: Request,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.schedule.remove(req, eventId, participantId, itemId);
  }

  @Get('schedule')
  @EventCoordinator()
  timeline(@Req() req: Request, @Param('eventId') eventId: string) {
    return this.schedule.timeline(req, eventId, false);
  }

  @Get('public-appearances')
  @EventCoordinator()
  publicAppearances(@Req() req: Request, @Param('eventId') eventId: string) {
    return this.schedule.timeline(req, eventId, true);
  }
}
