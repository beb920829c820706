import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import {
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import { DeliveriesService } from '@tryggplan/api/messages-data';
import {
  DeliveryListQuery,
  deliveryListQuerySchema,
  ParticipantLinksSend,
  participantLinksSendSchema,
} from '@tryggplan/shared/domain';
import { ParticipantLinksSender } from './participant-links-sender';

/** Sending personal links and the event's delivery log; only the event's coordinators. */
@ApiTags('messages')
@Controller()
export class MessagesController {
  constructor(
    private readonly sender: ParticipantLinksSender,
    private readonly deliveries: DeliveriesService,
  ) {}

  /** Each send replaces people's links and queues mail for all of them: a slip of the finger, limited. */
  @Post('events/:eventId/participant-links/send')
  @EventCoordinator()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ account: true })
  @Throttle({ ip: { limit: 20, ttl: 60_000 } })
  @ApiJsonBody(participantLinksSendSchema)
  send(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(participantLinksSendSchema) body: ParticipantLinksSend,
  ) {
    return this.sender.send(actor, eventId, body);
  }

  @Get('events/:eventId/deliveries')
  @EventCoordinator()
  log(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidQuery(deliveryListQuerySchema) query: DeliveryListQuery,
  ) {
    return this.deliveries.log(actor, eventId, query);
  }
}
