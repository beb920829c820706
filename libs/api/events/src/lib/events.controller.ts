import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { currentUser } from '@tryggplan/api/auth';
import { Access, ApiJsonBody, EventCoordinator, ValidBody, ValidQuery } from '@tryggplan/api/core';
import {
  EventCreate,
  eventCreateSchema,
  EventUpdate,
  eventUpdateSchema,
  PageQuery,
  pageQuerySchema,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Access({ roles: ['admin', 'coordinator', 'partner'] })
  list(@Req() req: Request, @ValidQuery(pageQuerySchema) query: PageQuery) {
    return this.events.list(currentUser(req), query);
  }

  @Post()
  @Access({ roles: ['coordinator'] })
  @ApiJsonBody(eventCreateSchema)
  create(@Req() req: Request, @ValidBody(eventCreateSchema) body: EventCreate) {
    return this.events.create(req, currentUser(req), body);
  }

  @Get(':eventId')
  @EventCoordinator()
  get(@Param('eventId') eventId: string) {
    return this.events.get(eventId);
  }

  @Patch(':eventId')
  @EventCoordinator()
  @ApiJsonBody(eventUpdateSchema)
  update(
    @Req() req: Request,
    @Param('eventId') eventId: string,
    @ValidBody(eventUpdateSchema) body: EventUpdate,
  ) {
    return this.events.update(req, eventId, body);
  }

  @Delete(':eventId')
  @EventCoordinator()
  @HttpCode(204)
  remove(@Req() req: Request, @Param('eventId') eventId: string) {
    return this.events.remove(req, eventId);
  }
}
