import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, EventCoordinator, toExcelCsv, ValidQuery } from '@tryggplan/api/core';
import { IncidentReportsService } from '@tryggplan/api/incidents-data';
import { fileSlug, pdfFileName, PdfRenderer, sendPdf } from '@tryggplan/api/pdf';
import { incidentReportDocument, postEventReportDocument } from '@tryggplan/shared/briefing';
import { incidentLabel, LANGUAGES } from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { z } from 'zod';
import { incidentCsv } from './incident-csv';

const langQuery = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });
type LangQuery = z.output<typeof langQuery>;

/** The incident reports: one incident as a PDF for the police, and the post-event report as PDF and CSV. */
@ApiTags('incidents')
@Controller()
export class IncidentReportsController {
  constructor(
    private readonly reports: IncidentReportsService,
    private readonly pdf: PdfRenderer,
  ) {}

  @Get('events/:eventId/incidents/:incidentId/report.pdf')
  @EventCoordinator()
  @ApiProduces('application/pdf')
  async incident(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('incidentId') incidentId: string,
    @ValidQuery(langQuery) query: LangQuery,
    @Res() res: Response,
  ) {
    const data = await this.reports.incidentReport(actor, eventId, incidentId, query.lang);
    const bytes = await this.pdf.render(incidentReportDocument(data));
    sendPdf(
      res,
      bytes,
      pdfFileName(`${incidentLabel(data.incident.number)} ${data.event.name}`, query.lang, 'incident'),
    );
  }

  @Get('events/:eventId/incident-report.pdf')
  @EventCoordinator()
  @ApiProduces('application/pdf')
  async postEvent(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidQuery(langQuery) query: LangQuery,
    @Res() res: Response,
  ) {
    const data = await this.reports.postEventReport(actor, eventId, query.lang, 'pdf');
    const bytes = await this.pdf.render(postEventReportDocument(data));
    sendPdf(res, bytes, pdfFileName(data.event.name, query.lang, 'incidents'));
  }

  @Get('events/:eventId/incidents.csv')
  @EventCoordinator()
  @ApiProduces('text/csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidQuery(langQuery) query: LangQuery,
    @Res() res: Response,
  ) {
    const data = await this.reports.postEventReport(actor, eventId, query.lang, 'csv');
    const titles = new Map(data.risks.map((risk) => [risk.id, risk.title]));
    const { headers, rows } = incidentCsv(data.incidents, titles, query.lang, data.event.timezone);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileSlug(data.event.name)}-incidents-${query.lang}.csv"`,
    );
    res.send(toExcelCsv(headers, rows));
  }
}
