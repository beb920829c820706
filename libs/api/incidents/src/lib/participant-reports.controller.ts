import { Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Actor, ApiJsonBody, CurrentActor, MovesChangeNumber, Public, ValidBody } from '@tryggplan/api/core';
import { IncidentsService } from '@tryggplan/api/incidents-data';
import { PersonalLinksService } from '@tryggplan/api/participants-data';
import { ParticipantReport, participantReportSchema } from '@tryggplan/shared/domain';
import type { Response } from 'express';

/**
 * "Rapportera en händelse" from a participant's own page: no account, the personal link is the
 * key. Throttled per address, and idempotent per `clientId`, so a report the phone queued offline
 * and sent again arrives once (201 the first time, 200 with the same incident after).
 */
@ApiTags('participant page')
@Controller()
@Public()
@UseGuards(ThrottlerGuard)
@SkipThrottle({ account: true })
export class ParticipantReportsController {
  constructor(
    private readonly links: PersonalLinksService,
    private readonly incidents: IncidentsService,
  ) {}

  @Post('p/:token/incidents')
  @MovesChangeNumber()
  @Throttle({ ip: { limit: 10, ttl: 60_000 } })
  @ApiJsonBody(participantReportSchema)
  async report(
    @CurrentActor() caller: Actor,
    @Param('token') token: string,
    @Res({ passthrough: true }) res: Response,
    @ValidBody(participantReportSchema) body: ParticipantReport,
  ) {
    const { participantId, eventId, actor } = await this.links.open(token, caller);
    const { incident, created } = await this.incidents.reportByParticipant(
      actor,
      eventId,
      participantId,
      body,
    );
    res.status(created ? 201 : 200);
    return incident;
  }

  @Get('p/:token/incidents')
  @Throttle({ ip: { limit: 60, ttl: 60_000 } })
  async mine(@CurrentActor() caller: Actor, @Param('token') token: string) {
    const { participantId, eventId, actor } = await this.links.open(token, caller);
    return this.incidents.reportsOf(actor, eventId, participantId);
  }
}
