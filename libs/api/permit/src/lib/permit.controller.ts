import { Controller, Get, Param, Put, Res, UseGuards } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  ApiJsonBody,
  CurrentActor,
  EventCoordinator,
  ValidBody,
  ValidQuery,
} from '@tryggplan/api/core';
import { fileSlug } from '@tryggplan/api/pdf';
import {
  LANGUAGES,
  PERMIT_PACK_ZIP_NAME,
  PermitApplicationUpdate,
  permitApplicationUpdateSchema,
} from '@tryggplan/shared/domain';
import archiver from 'archiver';
import type { Response } from 'express';
import { z } from 'zod';
import { PermitApplicationService } from '@tryggplan/api/permit-data';
import { PermitPackService } from './permit-pack.service';

const packQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });

/** The police permit application of an event and its pack of attachments; only coordinators of the event. */
@ApiTags('permit')
@Controller()
export class PermitController {
  constructor(
    private readonly permits: PermitApplicationService,
    private readonly pack: PermitPackService,
    private readonly audit: AuditService,
  ) {}

  /** The saved application, or a draft made from the plan (version 0), with what is still missing. */
  @Get('events/:eventId/permit-application')
  @EventCoordinator()
  get(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.permits.get(actor, eventId);
  }

  @Put('events/:eventId/permit-application')
  @EventCoordinator()
  @ApiJsonBody(permitApplicationUpdateSchema)
  put(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(permitApplicationUpdateSchema) body: PermitApplicationUpdate,
  ) {
    return this.permits.put(actor, eventId, body);
  }

  /** The five numbered PDFs in one ZIP; 400 naming each missing item while the application is incomplete. */
  @Get('events/:eventId/permit-pack.zip')
  @EventCoordinator()
  // rendering five documents with maps is the heaviest read there is: counted per address, in the database
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ account: true })
  @Throttle({ ip: { limit: 20, ttl: 60_000 } })
  @ApiProduces('application/zip')
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async download(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('eventId') eventId: string,
    @ValidQuery(packQuerySchema) query: z.output<typeof packQuerySchema>,
  ): Promise<void> {
    const material = await this.pack.complete(eventId, query.lang);
    const files = await this.pack.files(material, query.lang);
    await this.audit.record(actor, {
      action: 'permit-pack.download',
      eventId,
      subjectType: 'permit-application',
      subjectId: eventId,
      details: {
        lang: query.lang,
        version: material.version,
        files: files.map((file) => ({ name: file.name, bytes: file.bytes.length })),
      },
    });
    const name = `${fileSlug(material.event.name)}-${PERMIT_PACK_ZIP_NAME[query.lang]}-${query.lang}`;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.zip"`);
    res.setHeader('Cache-Control', 'private, no-store');
    // PDFs are compressed already: storing them keeps the ZIP fast.
    const zip = archiver('zip', { store: true });
    zip.on('error', () => res.destroy());
    zip.pipe(res);
    for (const file of files) zip.append(file.bytes, { name: `${name}/${file.name}` });
    await zip.finalize();
  }
}
