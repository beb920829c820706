import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Access,
  ApiJsonBody,
  EventCoordinator,
  ValidBody,
  ValidQuery,
  Actor,
  CurrentActor,
  userIdOf,
} from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import {
  EventCreate,
  eventCreateSchema,
  EventUpdate,
  eventUpdateSchema,
  PageQuery,
  pageQuerySchema,
} from '@tryggplan/shared/domain';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Access({ roles: ['admin', 'coordinator', 'partner'] })
  list(@CurrentActor() actor: Actor, @ValidQuery(pageQuerySchema) query: PageQuery) {
    return this.events.list(actor, query);
  }

  @Post()
  @Access({ roles: ['coordinator'] })
  @ApiJsonBody(eventCreateSchema)
  create(@CurrentActor() actor: Actor, @ValidBody(eventCreateSchema) body: EventCreate) {
    return this.events.create(actor, userIdOf(actor), body);
  }

  @Get(':eventId')
  @EventCoordinator()
  get(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.events.get(eventId, actor.changesSeen);
  }

  @Patch(':eventId')
  @EventCoordinator()
  @ApiJsonBody(eventUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(eventUpdateSchema) body: EventUpdate,
  ) {
    return this.events.update(actor, eventId, body);
  }

  @Delete(':eventId')
  @EventCoordinator()
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.events.remove(actor, eventId);
  }
}
