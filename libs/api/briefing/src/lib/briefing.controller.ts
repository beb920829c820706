import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit';
import { EventCoordinator, nowIso, ValidQuery } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events';
import { RisksService } from '@tryggplan/api/risks';
import { SitesService } from '@tryggplan/api/sites';
import { buildEventBriefing, buildRiskPlan } from '@tryggplan/shared/briefing';
import { LANGUAGES } from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { PdfRenderer } from './pdf-renderer';
import { pdfFileName, sendPdf } from './send-pdf';

const riskPlanQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });

const briefingQuerySchema = z.strictObject({
  format: z.enum(['a4']).default('a4'),
  lang: z.enum(LANGUAGES).default('sv'),
});

@ApiTags('briefing')
@Controller('events/:eventId')
export class BriefingController {
  constructor(
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly risks: RisksService,
    private readonly pdf: PdfRenderer,
    private readonly audit: AuditService,
  ) {}

  @Get('briefing.pdf')
  @EventCoordinator()
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'format', enum: ['a4'], required: false })
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async eventBriefing(
    @Req() req: Request,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(briefingQuerySchema) query: z.output<typeof briefingQuerySchema>,
  ): Promise<void> {
    const event = await this.events.get(eventId);
    const sites = await this.sites.list(eventId);
    const doc = buildEventBriefing({
      event,
      contacts: event.contacts,
      sites,
      generatedAt: nowIso(),
      lang: query.lang,
    });
    const bytes = await this.pdf.render(doc);
    await this.audit.record(req, {
      action: 'briefing.event-download',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: { format: query.format, lang: query.lang },
    });
    sendPdf(res, bytes, pdfFileName(event.name, query.lang, query.format));
  }

  @Get('risk-plan.pdf')
  @EventCoordinator()
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async riskPlan(
    @Req() req: Request,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(riskPlanQuerySchema) query: z.output<typeof riskPlanQuerySchema>,
  ): Promise<void> {
    const event = await this.events.get(eventId);
    const risks = await this.risks.all(eventId);
    const bytes = await this.pdf.render(
      buildRiskPlan({ event, risks, generatedAt: nowIso(), lang: query.lang }),
    );
    await this.audit.record(req, { action: 'risk-plan.download', eventId, details: { lang: query.lang } });
    sendPdf(res, bytes, pdfFileName(`${event.name} riskplan`, query.lang, 'a4'));
  }
}
