import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody, EventCoordinator, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites-data';
import { SiteCreate, siteCreateSchema, SiteUpdate, siteUpdateSchema } from '@tryggplan/shared/domain';
import { readSiteImport } from './site-import-reader';

@ApiTags('sites')
@Controller('events/:eventId')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get('sites')
  @EventCoordinator()
  async list(@Param('eventId') eventId: string) {
    const items = await this.sites.list(eventId);
    return { items, total: items.length };
  }

  @Get('sites.geojson')
  @EventCoordinator()
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  async geojson(@Param('eventId') eventId: string) {
    const sites = await this.sites.list(eventId);
    return {
      type: 'FeatureCollection',
      features: sites.map((site) => ({
        type: 'Feature',
        id: site.id,
        geometry: site.geometry,
        properties: {
          kind: site.kind,
          name: site.name,
          description: site.description,
          address: site.address,
          ...(site.size ? { size: site.size, rotation: site.rotation } : {}),
        },
      })),
    };
  }

  @Post('sites')
  @EventCoordinator()
  @ApiJsonBody(siteCreateSchema)
  create(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(siteCreateSchema) body: SiteCreate,
  ) {
    return this.sites.create(actor, eventId, body);
  }

  /** A GeoJSON FeatureCollection (properties kind, name, description, address, size, rotation): every feature is saved, or none; at most 50,000 vertices. */
  @Post('sites/import')
  @EventCoordinator()
  @ApiBody({
    schema: {
      type: 'object',
      description:
        'GeoJSON FeatureCollection; each feature has properties kind, name, description?, address?, size? ({ width, depth } in metres, venue/stage/tent only), rotation? (degrees 0–359)',
      properties: { type: { type: 'string', enum: ['FeatureCollection'] }, features: { type: 'array' } },
    },
  })
  async import(@CurrentActor() actor: Actor, @Param('eventId') eventId: string, @Body() body: unknown) {
    const sites = await readSiteImport(body, actor.lang);
    const items = await this.sites.createMany(actor, eventId, sites);
    return { items, total: items.length };
  }

  @Patch('sites/:siteId')
  @EventCoordinator()
  @ApiJsonBody(siteUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('siteId') siteId: string,
    @ValidBody(siteUpdateSchema) body: SiteUpdate,
  ) {
    return this.sites.update(actor, eventId, siteId, body);
  }

  @Delete('sites/:siteId')
  @EventCoordinator()
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('eventId') eventId: string, @Param('siteId') siteId: string) {
    return this.sites.remove(actor, eventId, siteId);
  }
}
