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
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody, EventCoordinator, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import { SITE_PLAN_MAX_BYTES, SitePlanPlacement, sitePlanPlacementSchema } from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { SitePlanService } from './site-plan.service';

/** The organiser's site plan image: upload (PNG or JPEG), where it lies on the map, and its opacity. */
@ApiTags('sites')
@Controller('events/:eventId/site-plan')
export class SitePlanController {
  constructor(private readonly plans: SitePlanService) {}

  @Get()
  @EventCoordinator()
  get(@Param('eventId') eventId: string) {
    return this.plans.get(eventId);
  }

  @Get('image')
  @EventCoordinator()
  async image(@Param('eventId') eventId: string, @Res() res: Response) {
    const { contentType, bytes } = await this.plans.image(eventId);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(bytes);
  }

  @Post()
  @EventCoordinator()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: SITE_PLAN_MAX_BYTES, files: 1 } }))
  upload(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ) {
    return this.plans.upload(actor, eventId, file?.buffer);
  }

  @Patch()
  @EventCoordinator()
  @ApiJsonBody(sitePlanPlacementSchema)
  place(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(sitePlanPlacementSchema) body: SitePlanPlacement,
  ) {
    return this.plans.place(actor, eventId, body);
  }

  @Delete()
  @EventCoordinator()
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('eventId') eventId: string) {
    return this.plans.remove(actor, eventId);
  }
}
