import { applyDecorators, Controller, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, CurrentActor, EventCoordinator, nowIso, Public, ValidQuery } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { PersonalLinksService } from '@tryggplan/api/participants-data';
import { FolderPdfPool, MapTiles, fileSlug, pdfFileName, sendPdf } from '@tryggplan/api/pdf';
import { RisksService } from '@tryggplan/api/risks-data';
import { SitesService } from '@tryggplan/api/sites-data';
import { FOLDER_FORMATS, riskPlanMapView } from '@tryggplan/shared/briefing';
import { LANGUAGES } from '@tryggplan/shared/domain';
import archiver from 'archiver';
import { once } from 'node:events';
import type { Response } from 'express';
import { z } from 'zod';
import { BriefingFolders } from './briefing-folders.service';
import { simplifiedForPrint } from './print-geometry';

const riskPlanQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });

const folderQuerySchema = z.strictObject({
  format: z.enum(FOLDER_FORMATS).default('a4'),
  lang: z.enum(LANGUAGES).default('sv'),
});
type FolderQuery = z.output<typeof folderQuerySchema>;

const FolderQueryDocs = (produces = 'application/pdf') =>
  applyDecorators(
    ApiQuery({ name: 'format', enum: FOLDER_FORMATS, required: false }),
    ApiQuery({ name: 'lang', enum: LANGUAGES, required: false }),
    ApiProduces(produces),
  );

/** Resolves when the response wants more data again, or is gone. */
async function drained(res: Response): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([
      once(res, 'drain', { signal: done.signal }),
      once(res, 'close', { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
}

@ApiTags('briefing')
@Controller()
export class BriefingController {
  constructor(
    private readonly events: EventsService,
    private readonly risks: RisksService,
    private readonly sites: SitesService,
    private readonly tiles: MapTiles,
    private readonly folders: BriefingFolders,
    private readonly links: PersonalLinksService,
    private readonly pdfPool: FolderPdfPool,
    private readonly audit: AuditService,
  ) {}

  /** The event's general folder: emergency numbers, what to do, assembly points, advice and the map. */
  @Get('events/:eventId/briefing.pdf')
  @EventCoordinator()
  @FolderQueryDocs()
  async eventBriefing(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    const data = await this.folders.general(eventId, query.format, query.lang);
    const bytes = await this.folders.render(data);
    await this.audit.record(actor, {
      action: 'briefing.event-download',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: { format: query.format, lang: query.lang },
    });
    sendPdf(res, bytes, pdfFileName(data.event.name, query.lang, query.format));
  }

  @Get('events/:eventId/participants/:participantId/briefing.pdf')
  @EventCoordinator()
  @FolderQueryDocs()
  async personalBriefing(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    await this.sendPersonalFolder(actor, res, {
      eventId,
      participantId,
      query,
      action: 'briefing.personal-download',
    });
  }

  /** Replaces the person's personal link and answers their folder with the new link's QR code, for print. */
  @Post('events/:eventId/participants/:participantId/briefing.pdf')
  @EventCoordinator()
  @HttpCode(200)
  @ApiOperation({
    summary: "A new personal link (the old one stops working) and the person's folder with its QR code",
  })
  @FolderQueryDocs()
  async personalBriefingWithNewLink(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @Param('participantId') participantId: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    const link = await this.links.create(actor, eventId, participantId);
    await this.sendPersonalFolder(actor, res, {
      eventId,
      participantId,
      query,
      action: 'briefing.personal-download',
      pageUrl: link.url,
    });
  }

  /** Every participant's folder in one ZIP, streamed while the folders are rendered. */
  @Get('events/:eventId/briefings.zip')
  @EventCoordinator()
  @FolderQueryDocs('application/zip')
  async everyBriefing(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    await this.sendEveryFolder(actor, res, eventId, query);
  }

  /** Replaces every personal link and answers the ZIP with each person's QR code in their folder, for print. */
  @Post('events/:eventId/briefings.zip')
  @EventCoordinator()
  @HttpCode(200)
  @ApiOperation({
    summary: 'New personal links for everyone (old ones stop working) and the ZIP with their QR codes',
  })
  @FolderQueryDocs('application/zip')
  async everyBriefingWithNewLinks(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    const links = await this.links.createForAll(actor, eventId);
    await this.sendEveryFolder(
      actor,
      res,
      eventId,
      query,
      new Map(links.map((link) => [link.participantId, link.url])),
    );
  }

  /** The participant's own folder through their personal link; bad tokens are the same 404. */
  @Get('p/:token/briefing.pdf')
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ account: true })
  @Throttle({ ip: { limit: 60, ttl: 60_000 } })
  @FolderQueryDocs()
  async ownBriefing(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('token') token: string,
    @ValidQuery(folderQuerySchema) query: FolderQuery,
  ): Promise<void> {
    const { participantId, eventId, actor: participant } = await this.links.open(token, actor);
    // The participant's own device may keep it for a day, so the folder opens again without a network.
    await this.sendPersonalFolder(participant, res, {
      eventId,
      participantId,
      query,
      action: 'briefing.link-download',
      pageUrl: this.links.urlFor(token),
      cache: 'private, max-age=86400',
    });
  }

  /** Every participant's folder as a ZIP; `pageUrls` (fresh links) print each person's QR code. */
  private async sendEveryFolder(
    actor: Actor,
    res: Response,
    eventId: string,
    query: FolderQuery,
    pageUrls?: ReadonlyMap<string, string>,
  ): Promise<void> {
    const base = await this.folders.general(eventId, query.format, query.lang);
    await this.audit.record(actor, {
      action: 'briefing.zip-download',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: {
        format: query.format,
        lang: query.lang,
        count: await this.folders.participantCount(eventId),
        newLinks: Boolean(pageUrls),
      },
    });
    const name = `${fileSlug(base.event.name)}-${query.format}-${query.lang}`;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.zip"`);
    res.setHeader('Cache-Control', 'private, no-store');
    // PDFs are compressed already: storing them keeps the ZIP fast.
    const zip = archiver('zip', { store: true });
    zip.on('error', () => res.destroy());
    zip.pipe(res);
    let index = 0;
    try {
      for await (const folder of this.folders.everyone(base, eventId, pageUrls)) {
        if (res.destroyed) break;
        index += 1;
        zip.append(folder.bytes, {
          name: `${name}/${String(index).padStart(3, '0')}-${fileSlug(folder.fullName)}-${query.format}-${query.lang}.pdf`,
        });
        // A slow client slows the rendering down instead of piling folders up in memory.
        if (res.writableNeedDrain) await drained(res);
      }
      await zip.finalize();
    } catch {
      zip.abort();
      res.destroy();
    }
  }

  /** One participant's folder, audited as the given action. */
  private async sendPersonalFolder(
    actor: Actor,
    res: Response,
    folderRequest: {
      eventId: string;
      participantId: string;
      query: FolderQuery;
      action: string;
      pageUrl?: string;
      cache?: string;
    },
  ): Promise<void> {
    const { eventId, participantId, query, action, pageUrl, cache } = folderRequest;
    const base = await this.folders.general(eventId, query.format, query.lang);
    const folder = await this.folders.personal(base, eventId, participantId, pageUrl);
    await this.audit.record(actor, {
      action,
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
      details: { format: query.format, lang: query.lang },
    });
    const fileName = pdfFileName(`${base.event.name} ${folder.fullName}`, query.lang, query.format);
    sendPdf(res, folder.bytes, fileName, cache ? { cache } : undefined);
  }

  @Get('events/:eventId/risk-plan.pdf')
  @EventCoordinator()
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async riskPlan(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(riskPlanQuerySchema) query: z.output<typeof riskPlanQuerySchema>,
  ): Promise<void> {
    const event = await this.events.get(eventId);
    const risks = await this.risks.all(eventId);
    const sites = await this.sites.list(eventId);
    const view = riskPlanMapView(sites);
    const tiles = await this.tiles.tilesFor(view);
    const bytes = await this.pdfPool.renderRiskPlan({
      event,
      risks,
      sites: sites.map((site) => simplifiedForPrint(site, view)),
      tiles,
      generatedAt: nowIso(),
      lang: query.lang,
    });
    await this.audit.record(actor, { action: 'risk-plan.download', eventId, details: { lang: query.lang } });
    sendPdf(res, bytes, pdfFileName(`${event.name} riskplan`, query.lang, 'a4'));
  }
}
