import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { EventCoordinator, LiveChannel, streamLiveEvents } from '@tryggplan/api/core';
import type { Request, Response } from 'express';

/**
 * The event's live channel as Server-Sent Events, for the board, the map and check-ins. Only members
 * hear it, and its entries name incidents, never people: the board reads what changed through the
 * audited routes. A client that was away resumes with `Last-Event-ID` from the database's log.
 */
@ApiTags('live')
@Controller()
export class LiveStreamController {
  constructor(private readonly live: LiveChannel) {}

  @Get('events/:eventId/stream')
  @EventCoordinator()
  @ApiProduces('text/event-stream')
  stream(@Param('eventId') eventId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return streamLiveEvents(this.live, eventId, req, res);
  }
}
