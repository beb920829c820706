import { Controller, Get, HttpCode, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionPlanService, IncidentsService } from '@tryggplan/api/incidents-data';
import {
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  MovesChangeNumber,
  sendAnswer,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import {
  actionPlanUpdateSchema,
  ActionPlanUpdate,
  checklistTickSchema,
  ChecklistTick,
  entryStrikeSchema,
  EntryStrike,
  incidentCreateSchema,
  IncidentCreate,
  IncidentListQuery,
  incidentListQuerySchema,
  incidentNoteSchema,
  IncidentNote,
  incidentUpdateSchema,
  IncidentUpdate,
} from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';

/** The coordinator's incident log and action plan; only members of the event. */
@ApiTags('incidents')
@Controller()
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly plans: ActionPlanService,
  ) {}

  @Get('events/:eventId/incidents')
  @EventCoordinator()
  async board(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(incidentListQuerySchema) query: IncidentListQuery,
  ) {
    sendAnswer(req, res, await this.incidents.boardAnswer(actor, eventId, query));
  }

  @Post('events/:eventId/incidents')
  @EventCoordinator()
  @MovesChangeNumber()
  @ApiJsonBody(incidentCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(incidentCreateSchema) body: IncidentCreate,
  ) {
    return this.incidents.create(actor, eventId, body);
  }

  @Get('events/:eventId/incidents/:incidentId')
  @EventCoordinator()
  detail(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
  ) {
    return this.incidents.detail(actor, eventId, incidentId);
  }

  @Patch('events/:eventId/incidents/:incidentId')
  @EventCoordinator()
  @ApiJsonBody(incidentUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
    @ValidBody(incidentUpdateSchema) body: IncidentUpdate,
  ) {
    return this.incidents.update(actor, eventId, incidentId, body);
  }

  @Get('events/:eventId/incidents/:incidentId/entries')
  @EventCoordinator()
  entries(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
  ) {
    return this.incidents.entries(actor, eventId, incidentId);
  }

  @Post('events/:eventId/incidents/:incidentId/entries')
  @EventCoordinator()
  @ApiJsonBody(incidentNoteSchema)
  addNote(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
    @ValidBody(incidentNoteSchema) body: IncidentNote,
  ) {
    return this.incidents.addNote(actor, eventId, incidentId, body);
  }

  @Post('events/:eventId/incidents/:incidentId/entries/:entryId/strike')
  @EventCoordinator()
  @HttpCode(200)
  @ApiJsonBody(entryStrikeSchema)
  strike(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
    @Param('entryId') entryId: string,
    @ValidBody(entryStrikeSchema) body: EntryStrike,
  ) {
    return this.incidents.strike(actor, eventId, incidentId, entryId, body.reason);
  }

  @Post('events/:eventId/incidents/:incidentId/checklist/:stepId')
  @EventCoordinator()
  @HttpCode(200)
  @ApiJsonBody(checklistTickSchema)
  tick(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
    @Param('stepId') stepId: string,
    @ValidBody(checklistTickSchema) body: ChecklistTick,
  ) {
    return this.incidents.tick(actor, eventId, incidentId, stepId, body);
  }

  @Get('events/:eventId/action-plan')
  @EventCoordinator()
  actionPlan(@Param('eventId') eventId: string) {
    return this.plans.get(eventId);
  }

  @Put('events/:eventId/action-plan')
  @EventCoordinator()
  @ApiJsonBody(actionPlanUpdateSchema)
  saveActionPlan(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(actionPlanUpdateSchema) body: ActionPlanUpdate,
  ) {
    return this.plans.put(actor, eventId, body);
  }
}
