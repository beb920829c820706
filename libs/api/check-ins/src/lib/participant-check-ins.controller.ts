import { Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { CheckInsService } from '@tryggplan/api/check-ins-data';
import { Actor, ApiJsonBody, CurrentActor, Public, ValidBody } from '@tryggplan/api/core';
import { PersonalLinksService } from '@tryggplan/api/participants-data';
import { CheckInAnswer, checkInAnswerSchema } from '@tryggplan/shared/domain';
import type { Response } from 'express';

/**
 * "Jag är OK" from a participant's own page: the personal link is the key. Throttled per address
 * (the shared SQL counters), and a resent answer arrives once (201 the first time, 200 after).
 */
@ApiTags('participant page')
@Controller()
@Public()
@UseGuards(ThrottlerGuard)
@SkipThrottle({ account: true })
export class ParticipantCheckInsController {
  constructor(
    private readonly links: PersonalLinksService,
    private readonly checkIns: CheckInsService,
  ) {}

  @Get('p/:token/check-ins')
  @Throttle({ ip: { limit: 60, ttl: 60_000 } })
  async mine(@CurrentActor() caller: Actor, @Param('token') token: string) {
    const { participantId, eventId, actor } = await this.links.open(token, caller);
    return this.checkIns.ownCheckIns(actor, eventId, participantId);
  }

  @Post('p/:token/check-ins/:checkInId')
  @Throttle({ ip: { limit: 30, ttl: 60_000 } })
  @ApiJsonBody(checkInAnswerSchema)
  async answer(
    @CurrentActor() caller: Actor,
    @Param('token') token: string,
    @Param('checkInId') checkInId: string,
    @Res({ passthrough: true }) res: Response,
    @ValidBody(checkInAnswerSchema) body: CheckInAnswer,
  ) {
    const { participantId, eventId, actor } = await this.links.open(token, caller);
    const { checkIn, created } = await this.checkIns.answer(actor, eventId, participantId, checkInId, body);
    res.status(created ? 201 : 200);
    return checkIn;
  }
}
