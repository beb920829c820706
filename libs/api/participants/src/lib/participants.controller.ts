import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  ApiJsonBody,
  countByAction,
  CurrentActor,
  EventCoordinator,
  invalidInput,
  readUploadedTable,
  rowProblemDetails,
  TableUploadInterceptor,
  toExcelCsv,
  toXlsx,
  UploadedFile as UploadedSpreadsheet,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import {
  ParticipantListQuery,
  participantListQuerySchema,
  ParticipantsService,
} from '@tryggplan/api/participants-data';
import {
  Language,
  LANGUAGES,
  participantColumnHeaders,
  ParticipantCreate,
  participantCreateSchema,
  ParticipantUpdate,
  participantUpdateSchema,
  validationMessage,
} from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { z } from 'zod';
import { participantExportRows, parseParticipantTable } from './participant-io';

const importQuerySchema = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });
const exportQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).optional() });
const mappingSchema = z.record(z.string().max(200), z.string().max(64));

const templateName = (lang: Language) => (lang === 'sv' ? 'deltagare-mall' : 'participants-template');

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('participants')
@Controller('events/:eventId')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  @Get('participants')
  @EventCoordinator()
  async list(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(participantListQuerySchema) query: ParticipantListQuery,
  ) {
    res.type('application/json').send(await this.participants.listJson(actor, eventId, query));
  }

  @Post('participants')
  @EventCoordinator()
  @ApiJsonBody(participantCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(participantCreateSchema) body: ParticipantCreate,
  ) {
    return this.participants.create(actor, eventId, body);
  }

  @Get('participants.csv')
  @EventCoordinator()
  @ApiProduces('text/csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
  ) {
    await this.sendExport(actor, res, eventId, query.lang ?? actor.lang, 'csv');
  }

  @Get('participants.xlsx')
  @EventCoordinator()
  @ApiProduces(XLSX_TYPE)
  async xlsx(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
  ) {
    await this.sendExport(actor, res, eventId, query.lang ?? actor.lang, 'xlsx');
  }

  @Get('participants-template.csv')
  @EventCoordinator()
  @ApiProduces('text/csv')
  csvTemplate(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
  ) {
    const lang = query.lang ?? actor.lang;
    return this.sendTable(res, lang, 'csv', templateName(lang), participantColumnHeaders(lang), []);
  }

  @Get('participants-template.xlsx')
  @EventCoordinator()
  @ApiProduces(XLSX_TYPE)
  xlsxTemplate(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
  ) {
    const lang = query.lang ?? actor.lang;
    return this.sendTable(res, lang, 'xlsx', templateName(lang), participantColumnHeaders(lang), []);
  }

  /** The whole list as a spreadsheet, audited; never cached by browsers or proxies. */
  private async sendExport(
    actor: Actor,
    res: Response,
    eventId: string,
    lang: 'sv' | 'en',
    format: 'csv' | 'xlsx',
  ) {
    const event = await this.events.entity(eventId);
    const { headers, rows } = participantExportRows(
      await this.participants.all(eventId),
      lang,
      event.timezone,
    );
    await this.audit.record(actor, {
      action: `participants.export-${format}`,
      eventId,
      details: { count: rows.length },
    });
    await this.sendTable(res, lang, format, lang === 'sv' ? 'deltagare' : 'participants', headers, rows);
  }

  private async sendTable(
    res: Response,
    lang: Language,
    format: 'csv' | 'xlsx',
    fileName: string,
    headers: string[],
    rows: string[][],
  ) {
    const body =
      format === 'csv'
        ? toExcelCsv(headers, rows)
        : await toXlsx(lang === 'sv' ? 'Deltagare' : 'Participants', headers, rows);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}.${format}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }

  @Post('participants/import')
  @EventCoordinator()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary' },
        mapping: { type: 'string', description: 'JSON: {"column in the file": "field or ignore"}' },
      },
    },
  })
  @UseInterceptors(TableUploadInterceptor())
  async import(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(importQuerySchema) query: z.output<typeof importQuerySchema>,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() body: { mapping?: string },
  ) {
    const lang = actor.lang;
    const mapping = this.mappingOf(body?.mapping, lang);
    const table = await readUploadedTable(file, lang);
    const context = await this.participants.importContext(eventId);
    const { rows, problems, columns } = parseParticipantTable(table, mapping, context, lang);
    if (problems.length > 0) {
      throw invalidInput(rowProblemDetails(problems));
    }
    const counts = countByAction(rows);
    if (query.dryRun === 'true') {
      await this.audit.record(actor, {
        action: 'participants.import-check',
        eventId,
        details: { count: rows.length, ...counts },
      });
      const preview = rows
        .filter((row) => row.action !== 'unchanged')
        .concat(rows.filter((row) => row.action === 'unchanged'))
        .slice(0, 50)
        .map((row) => ({
          ...row.participant,
          row: row.line,
          action: row.action,
          changedFields: row.changedFields,
        }));
      return { dryRun: true, total: rows.length, counts, columns, preview };
    }
    const { created, updated } = await this.participants.importRows(actor, eventId, {
      creates: rows.filter((row) => row.action === 'new').map((row) => row.participant),
      updates: rows.flatMap((row) =>
        row.action === 'changed' && row.match
          ? [{ id: row.match.id, version: row.match.version, value: row.participant }]
          : [],
      ),
    });
    res.status(201);
    return { dryRun: false, total: rows.length, counts, columns, created, updated };
  }

  @Get('participants/:participantId')
  @EventCoordinator()
  get(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.participants.get(actor, eventId, participantId);
  }

  @Get('participants/:participantId/export')
  @EventCoordinator()
  exportPerson(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.participants.exportPerson(actor, eventId, participantId);
  }

  @Patch('participants/:participantId')
  @EventCoordinator()
  @ApiJsonBody(participantUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @ValidBody(participantUpdateSchema) body: ParticipantUpdate,
  ) {
    return this.participants.update(actor, eventId, participantId, body);
  }

  @Delete('participants/:participantId')
  @EventCoordinator()
  @HttpCode(204)
  erase(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
  ) {
    return this.participants.erase(actor, eventId, participantId);
  }

  private mappingOf(raw: string | undefined, lang: 'sv' | 'en'): Record<string, string> {
    if (!raw) return {};
    try {
      return mappingSchema.parse(JSON.parse(raw));
    } catch {
      throw invalidInput([
        { field: 'mapping', code: 'invalid_value', message: validationMessage('invalid_value', lang) },
      ]);
    }
  }
}
