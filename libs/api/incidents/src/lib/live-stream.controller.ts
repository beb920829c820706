import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { EventCoordinator, LiveChannel, LiveEvent } from '@tryggplan/api/core';
import type { Request, Response } from 'express';

/** A comment line every so often keeps proxies and phones from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

const resumeFrom = (header: string | undefined, query: string | undefined): number | undefined => {
  const value = Number(header ?? query);
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
};

const frame = (event: LiveEvent): string =>
  `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ ...(event.data as object), at: event.at })}\n\n`;

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
  async stream(
    @Param('eventId') eventId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Query('after') after: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const from = resumeFrom(lastEventId, after) ?? (await this.live.latest(eventId));
    res.write(`retry: 3000\nid: ${from}\nevent: ready\ndata: {}\n\n`);
    const stop = await this.live.subscribe(eventId, (event) => res.write(frame(event)), from);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      stop();
    });
  }
}
