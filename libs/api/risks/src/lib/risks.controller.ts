import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Access,
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  invalidInput,
  readUploadedTable,
  rowProblemDetails,
  sendAnswer,
  TableUploadInterceptor,
  toExcelCsv,
  UploadedFile as UploadedSpreadsheet,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import {
  matrixQuerySchema,
  RiskListQuery,
  riskListQuerySchema,
  RisksService,
} from '@tryggplan/api/risks-data';
import {
  LANGUAGES,
  RiskCreate,
  riskCreateSchema,
  RiskUpdate,
  riskUpdateSchema,
} from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { exportRows, parseRiskTable } from './risk-csv';
import { RiskLibraryService } from './risk-library.service';

const importQuerySchema = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });
const csvQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });

@ApiTags('risks')
@Controller()
export class RisksController {
  constructor(
    private readonly risks: RisksService,
    private readonly library: RiskLibraryService,
    private readonly audit: AuditService,
  ) {}

  @Get('events/:eventId/risks')
  @EventCoordinator()
  async list(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(riskListQuerySchema) query: RiskListQuery,
  ) {
    sendAnswer(req, res, await this.risks.listAnswer(actor, eventId, query));
  }

  @Post('events/:eventId/risks')
  @EventCoordinator()
  @ApiJsonBody(riskCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(riskCreateSchema) body: RiskCreate,
  ) {
    return this.risks.create(actor, eventId, body);
  }

  @Get('events/:eventId/risk-matrix')
  @EventCoordinator()
  matrix(
    @Param('eventId') eventId: string,
    @ValidQuery(matrixQuerySchema) query: z.output<typeof matrixQuerySchema>,
  ) {
    return this.risks.matrix(eventId, query.basis);
  }

  @Get('events/:eventId/risks.csv')
  @EventCoordinator()
  @ApiProduces('text/csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(csvQuerySchema) query: z.output<typeof csvQuerySchema>,
  ) {
    const { headers, rows } = exportRows(await this.risks.all(eventId), query.lang);
    await this.audit.record(actor, { action: 'risks.export', eventId, details: { count: rows.length } });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="risks.csv"');
    res.send(toExcelCsv(headers, rows));
  }

  @Post('events/:eventId/risks/import')
  @EventCoordinator()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(TableUploadInterceptor())
  async import(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(importQuerySchema) query: z.output<typeof importQuerySchema>,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ) {
    const lang = actor.lang;
    const table = await readUploadedTable(file, lang);
    const { risks, problems } = parseRiskTable(table, lang);
    if (problems.length > 0) throw invalidInput(rowProblemDetails(problems));
    if (query.dryRun === 'true') return { dryRun: true, total: risks.length, preview: risks };
    const created = await this.risks.createMany(actor, eventId, risks, 'risks.import');
    res.status(201);
    return { dryRun: false, total: created.length, created: created.map((r) => r.id) };
  }

  @Get('risk-templates')
  @Access({ roles: ['coordinator'] })
  templates(@Query('lang') lang?: string) {
    return this.library.templates(lang === 'en' ? 'en' : 'sv');
  }

  @Post('events/:eventId/risks/from-templates')
  @EventCoordinator()
  @ApiJsonBody(RiskLibraryService.fromTemplatesSchema)
  fromTemplates(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(RiskLibraryService.fromTemplatesSchema)
    body: z.output<typeof RiskLibraryService.fromTemplatesSchema>,
  ) {
    return this.library.addTemplates(actor, eventId, body);
  }

  @Post('events/:eventId/risks/copy')
  @EventCoordinator()
  @ApiJsonBody(RiskLibraryService.copySchema)
  copy(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(RiskLibraryService.copySchema) body: z.output<typeof RiskLibraryService.copySchema>,
  ) {
    return this.library.copyRegister(actor, eventId, body.fromEventId);
  }

  @Get('events/:eventId/risks/:riskId')
  @EventCoordinator()
  get(@Param('eventId') eventId: string, @Param('riskId') riskId: string) {
    return this.risks.get(eventId, riskId);
  }

  @Get('events/:eventId/risks/:riskId/history')
  @EventCoordinator()
  history(@Param('eventId') eventId: string, @Param('riskId') riskId: string) {
    return this.risks.history(eventId, riskId);
  }

  @Patch('events/:eventId/risks/:riskId')
  @EventCoordinator()
  @ApiJsonBody(riskUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('riskId') riskId: string,
    @ValidBody(riskUpdateSchema) body: RiskUpdate,
  ) {
    return this.risks.update(actor, eventId, riskId, body);
  }

  @Delete('events/:eventId/risks/:riskId')
  @EventCoordinator()
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('eventId') eventId: string, @Param('riskId') riskId: string) {
    return this.risks.remove(actor, eventId, riskId);
  }
}
