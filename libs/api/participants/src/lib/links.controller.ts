import { Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { EventCoordinator, Public, Actor, CurrentActor } from '@tryggplan/api/core';
import { PersonalLinksService } from '@tryggplan/api/participants-data';
import { ParticipantPageService } from './participant-page.service';

@ApiTags('personal links')
@Controller()
export class LinksController {
  constructor(
    private readonly links: PersonalLinksService,
    private readonly page: ParticipantPageService,
  ) {}

  @Post('events/:eventId/participants/:participantId/link')
  @EventCoordinator()
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.links.create(actor, eventId, participantId);
  }

  @Delete('events/:eventId/participants/:participantId/link')
  @EventCoordinator()
  @HttpCode(204)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.links.revoke(actor, eventId, participantId);
  }

  @Post('events/:eventId/participant-links')
  @EventCoordinator()
  createForAll(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.links.createForAll(actor, eventId);
  }

  /** The participant's own page; guessing tokens is throttled per address. */
  @Get('p/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ account: true })
  @Throttle({ ip: { limit: 60, ttl: 60_000 } })
  open(@CurrentActor() actor: Actor, @Param('token') token: string) {
    return this.page.page(actor, token);
  }
}
