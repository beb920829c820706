import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CheckInsService } from '@tryggplan/api/check-ins-data';
import {
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import {
  CheckInCreate,
  checkInCreateSchema,
  CheckInListQuery,
  checkInListQuerySchema,
} from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { CheckInNotices } from './check-in-notices';

/** The coordinator's check-ins; only members of the event. */
@ApiTags('check-ins')
@Controller()
export class CheckInsController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly notices: CheckInNotices,
  ) {}

  @Get('events/:eventId/check-ins')
  @EventCoordinator()
  list(@Param('eventId') eventId: string, @ValidQuery(checkInListQuerySchema) query: CheckInListQuery) {
    return this.checkIns.list(eventId, query);
  }

  @Post('events/:eventId/check-ins')
  @EventCoordinator()
  @ApiJsonBody(checkInCreateSchema)
  async create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(checkInCreateSchema) body: CheckInCreate,
  ) {
    const checkIn = await this.checkIns.create(actor, eventId, body);
    await this.notices.notify(actor, checkIn);
    return checkIn;
  }

  @Get('events/:eventId/check-ins/:checkInId')
  @EventCoordinator()
  async detail(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @Param('checkInId') checkInId: string,
  ) {
    res.type('application/json').send(await this.checkIns.detailJson(actor, eventId, checkInId));
  }
}
