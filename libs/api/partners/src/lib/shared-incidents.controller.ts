import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Access,
  Actor,
  ApiJsonBody,
  CurrentActor,
  LiveChannel,
  notFound,
  streamLiveEvents,
  ValidBody,
} from '@tryggplan/api/core';
import { INCIDENT_LIVE } from '@tryggplan/api/incidents-data';
import type { Request, Response } from 'express';
import { PartnerIncidentsService } from '@tryggplan/api/incidents-data';
import { IncidentNote, incidentNoteSchema } from '@tryggplan/shared/domain';
import { LiveShare, SharesService } from './shares.service';

const PartnerOnly = () => Access({ roles: ['partner'] });

/**
 * The event's incidents for a partner whose live share has the scope `incidents`; personal data only
 * when it also has `participant-names`. A share without the scope answers as if there were nothing.
 */
@ApiTags('partners')
@Controller('shared/:shareId/incidents')
export class SharedIncidentsController {
  constructor(
    private readonly shares: SharesService,
    private readonly incidents: PartnerIncidentsService,
    private readonly live: LiveChannel,
  ) {}

  /** The share's event's incident changes, live; the share is checked once, when the stream opens. */
  @Get('stream')
  @PartnerOnly()
  @ApiProduces('text/event-stream')
  async stream(
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const share = await this.incidentShare(actor, shareId);
    const incidentEvents = new Set<string>(Object.values(INCIDENT_LIVE));
    await streamLiveEvents(this.live, share.eventId, req, res, (event) => incidentEvents.has(event.type));
  }

  @Get()
  @PartnerOnly()
  async list(@CurrentActor() actor: Actor, @Param('shareId') shareId: string) {
    const share = await this.incidentShare(actor, shareId);
    return this.incidents.list(actor, share.eventId, share.scope.includes('participant-names'));
  }

  @Post(':incidentId/entries')
  @PartnerOnly()
  @ApiJsonBody(incidentNoteSchema)
  async addNote(
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Param('incidentId') incidentId: string,
    @ValidBody(incidentNoteSchema) body: IncidentNote,
  ) {
    const share = await this.incidentShare(actor, shareId);
    return this.incidents.addNote(actor, share.eventId, incidentId, body);
  }

  private async incidentShare(actor: Actor, shareId: string): Promise<LiveShare> {
    const share = await this.shares.liveShare(actor, shareId);
    if (!share.scope.includes('incidents')) throw notFound();
    return share;
  }
}
