import {
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
import { SitesService } from '@tryggplan/api/sites-data';
import { StaffService } from '@tryggplan/api/staff-data';
import {
  Language,
  LANGUAGES,
  staffColumnHeaders,
  OnDutyQuery,
  onDutyQuerySchema,
  StaffCreate,
  staffCreateSchema,
  StaffUpdate,
  staffUpdateSchema,
} from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { z } from 'zod';
import { parseStaffTable } from './staff-import';

const importQuerySchema = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });
const templateQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).optional() });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PREVIEW_ROWS = 50;

/** The event's security organisation: staff, their shifts and posts; only coordinators of the event. */
@ApiTags('staff')
@Controller()
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly events: EventsService,
    private readonly sites: SitesService,
  ) {}

  @Get('events/:eventId/staff')
  @EventCoordinator()
  list(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.staff.list(actor, eventId);
  }

  @Post('events/:eventId/staff')
  @EventCoordinator()
  @ApiJsonBody(staffCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(staffCreateSchema) body: StaffCreate,
  ) {
    return this.staff.create(actor, eventId, body);
  }

  @Patch('events/:eventId/staff/:staffId')
  @EventCoordinator()
  @ApiJsonBody(staffUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('staffId') staffId: string,
    @ValidBody(staffUpdateSchema) body: StaffUpdate,
  ) {
    return this.staff.update(actor, eventId, staffId, body);
  }

  @Delete('events/:eventId/staff/:staffId')
  @EventCoordinator()
  @HttpCode(204)
  async erase(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('staffId') staffId: string,
  ): Promise<void> {
    await this.staff.erase(actor, eventId, staffId);
  }

  @Get('events/:eventId/on-duty')
  @EventCoordinator()
  onDuty(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidQuery(onDutyQuerySchema) query: OnDutyQuery,
  ) {
    return this.staff.onDuty(actor, eventId, query.at);
  }

  @Get('events/:eventId/staff-template.csv')
  @EventCoordinator()
  @ApiProduces('text/csv')
  csvTemplate(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @ValidQuery(templateQuerySchema) query: z.output<typeof templateQuerySchema>,
  ) {
    return this.sendTemplate(res, query.lang ?? actor.lang, 'csv');
  }

  @Get('events/:eventId/staff-template.xlsx')
  @EventCoordinator()
  @ApiProduces(XLSX_TYPE)
  xlsxTemplate(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @ValidQuery(templateQuerySchema) query: z.output<typeof templateQuerySchema>,
  ) {
    return this.sendTemplate(res, query.lang ?? actor.lang, 'xlsx');
  }

  /**
   * A roster as CSV or XLSX, one row per shift: `dryRun=true` (the default) checks it and answers a preview
   * of every person as new, changed or unchanged; `dryRun=false` saves all of it or nothing.
   */
  @Post('events/:eventId/staff/import')
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
    const [event, sites, existing] = await Promise.all([
      this.events.entity(eventId),
      this.sites.list(eventId),
      this.staff.all(eventId),
    ]);
    const { rows, problems } = parseStaffTable(table, { sites, existing, timezone: event.timezone }, lang);
    if (problems.length > 0) {
      throw invalidInput(rowProblemDetails(problems));
    }
    const counts = countByAction(rows);
    if (query.dryRun === 'true') {
      await this.staff.recordImportCheck(actor, eventId, { count: rows.length, ...counts });
      const preview = rows
        .filter((row) => row.action !== 'unchanged')
        .concat(rows.filter((row) => row.action === 'unchanged'))
        .slice(0, PREVIEW_ROWS)
        .map((row) => ({
          ...row.member,
          row: row.line,
          rows: row.lines,
          action: row.action,
          changedFields: row.changedFields,
        }));
      return { dryRun: true, total: rows.length, counts, preview };
    }
    const { created, updated } = await this.staff.importRows(actor, eventId, {
      creates: rows.filter((row) => row.action === 'new').map((row) => row.member),
      updates: rows.flatMap((row) =>
        row.action === 'changed' && row.match ? [{ ...row.match, value: row.member }] : [],
      ),
    });
    res.status(201);
    return { dryRun: false, total: rows.length, counts, created, updated };
  }

  private async sendTemplate(res: Response, lang: Language, format: 'csv' | 'xlsx') {
    const headers = staffColumnHeaders(lang);
    const body =
      format === 'csv'
        ? toExcelCsv(headers, [])
        : await toXlsx(lang === 'sv' ? 'Funktionärer' : 'Staff', headers, []);
    const name = lang === 'sv' ? 'funktionarer-mall' : 'staff-template';
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }
}
