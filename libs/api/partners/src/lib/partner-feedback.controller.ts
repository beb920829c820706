import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, EventCoordinator } from '@tryggplan/api/core';
import type { PartnerFeedbackSeenDto, PartnerFeedbackUnreadDto } from '@tryggplan/shared/domain';
import { PartnerFeedbackService } from './partner-feedback.service';

/** The coordinator's new partner feedback on an event, and marking it seen; members only. */
@ApiTags('partners')
@Controller('events/:eventId/partner-feedback')
export class PartnerFeedbackController {
  constructor(private readonly feedback: PartnerFeedbackService) {}

  @Get('unread')
  @EventCoordinator()
  @ApiOperation({
    summary: 'Partner comments and review decisions the caller has not seen yet',
    description:
      'Answers `{comments, decisions, riskIds: {[riskId]: count}}`: new top-level comments of partners, review ' +
      'decisions made or changed since the caller last marked the feedback seen, and the new comments per risk.',
  })
  unread(@CurrentActor() actor: Actor, @Param('eventId') eventId: string): Promise<PartnerFeedbackUnreadDto> {
    return this.feedback.unread(actor, eventId);
  }

  @Post('seen')
  @EventCoordinator()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marks every partner comment and decision so far as seen by the caller',
    description: 'Answers `{seenUpTo}`; the marker is per user and event and never moves back.',
  })
  seen(@CurrentActor() actor: Actor, @Param('eventId') eventId: string): Promise<PartnerFeedbackSeenDto> {
    return this.feedback.markSeen(actor, eventId);
  }
}
