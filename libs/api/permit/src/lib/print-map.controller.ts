import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, CurrentActor, EventCoordinator, ValidQuery } from '@tryggplan/api/core';
import { fileSlug, sendPdf } from '@tryggplan/api/pdf';
import {
  LANGUAGES,
  PRINT_MAP_FILE_NAME,
  PRINT_MAP_ORIENTATIONS,
  PRINT_MAP_PAPERS,
  PRINT_MAP_SCALE_BOUNDS,
  PrintMapQuery,
  printMapQuerySchema,
} from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { PrintMapService } from './print-map.service';

/** The event's map printed on A4 or A3 at a stated scale; only coordinators of the event, like the permit pack. */
@ApiTags('permit')
@Controller()
export class PrintMapController {
  constructor(
    private readonly printMaps: PrintMapService,
    private readonly audit: AuditService,
  ) {}

  @Get('events/:eventId/print-map.pdf')
  @EventCoordinator()
  // a large map with its background is one of the heaviest reads: counted per address, like the pack
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ account: true })
  @Throttle({ ip: { limit: 20, ttl: 60_000 } })
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'paper', enum: PRINT_MAP_PAPERS, required: false })
  @ApiQuery({ name: 'orientation', enum: PRINT_MAP_ORIENTATIONS, required: false })
  @ApiQuery({
    name: 'scale',
    type: Number,
    required: false,
    description: `The denominator N of 1:N, ${PRINT_MAP_SCALE_BOUNDS.min}–${PRINT_MAP_SCALE_BOUNDS.max}; omitted: fitted to the area`,
  })
  @ApiQuery({
    name: 'bbox',
    type: String,
    required: false,
    description: 'west,south,east,north in WGS84 degrees; omitted: all sites',
  })
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async download(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(printMapQuerySchema) query: PrintMapQuery,
  ): Promise<void> {
    const printed = await this.printMaps.print(eventId, query);
    await this.audit.record(actor, {
      action: 'print-map.download',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: {
        paper: query.paper,
        orientation: query.orientation,
        scale: printed.denominator,
        fitted: query.scale === undefined,
        bbox: query.bbox ?? null,
        lang: query.lang,
        sites: printed.sites,
        background: printed.background,
        bytes: printed.bytes.length,
      },
    });
    const name = `${fileSlug(printed.eventName)}-${PRINT_MAP_FILE_NAME[query.lang]}-${query.paper}-${query.lang}.pdf`;
    sendPdf(res, printed.bytes, name);
  }
}
