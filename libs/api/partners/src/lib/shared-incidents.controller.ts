import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiJsonBody, CurrentActor, notFound, ValidBody } from '@tryggplan/api/core';
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
  ) {}

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
