import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { nowIso } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { MapTiles, PdfRenderer } from '@tryggplan/api/pdf';
import { SitePlanEntity, SitesService } from '@tryggplan/api/sites-data';
import {
  buildPrintMap,
  FolderTiles,
  PrintMapData,
  printMapSheet,
  PrintMapSheet,
} from '@tryggplan/shared/briefing';
import { PrintMapSitePlan } from '@tryggplan/shared/geo';
import { partnerMaySee, PRINT_MAP_MAX_BYTES, PrintMapQuery } from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';

/** What lies under the sites: web map tiles, the organiser's uploaded site plan, or nothing. */
export type PrintMapBackground = 'tiles' | 'site-plan' | 'none';

export interface PrintedMap {
  bytes: Buffer;
  eventName: string;
  denominator: number;
  sites: number;
  pages: number;
  background: PrintMapBackground;
}

/**
 * The event's map printed on A4 or A3 at a stated scale: the background is tiles when the tile
 * server answers, else the site plan image, else none. A PDF that the background makes too big
 * (over 10 MB) is drawn again without it. Accommodation is left out, as in every printed plan.
 */
@Injectable()
export class PrintMapService {
  constructor(
    private readonly events: EventsService,
    private readonly sites: SitesService,
    @InjectRepository(SitePlanEntity) private readonly plans: Repository<SitePlanEntity>,
    private readonly tiles: MapTiles,
    private readonly renderer: PdfRenderer,
  ) {}

  async print(eventId: string, query: PrintMapQuery): Promise<PrintedMap> {
    const [event, all] = await Promise.all([this.events.get(eventId), this.sites.list(eventId)]);
    const request = {
      paper: query.paper,
      orientation: query.orientation,
      denominator: query.scale,
      bbox: query.bbox,
      lang: query.lang,
    };
    const sites = all.filter(partnerMaySee);
    const sheet = printMapSheet({ ...request, sites });
    const data: PrintMapData = {
      ...request,
      event: { name: event.name, timezone: event.timezone },
      sites,
      generatedAt: nowIso(),
    };
    const tiles = await this.tiles.tilesFor(sheet.view);
    const sitePlan = tiles ? undefined : await this.sitePlan(eventId);
    const background: PrintMapBackground = tiles ? 'tiles' : sitePlan ? 'site-plan' : 'none';
    // an uploaded image is only known to start like a PNG or JPEG: one the PDF cannot embed is left out
    let printed = await this.render({ ...data, tiles, sitePlan }, sheet).catch((error: unknown) => {
      if (background === 'none') throw error;
      return undefined;
    });
    if (!printed || (background !== 'none' && printed.bytes.length > PRINT_MAP_MAX_BYTES)) {
      printed = await this.render(data, sheet);
      return { ...printed, eventName: event.name, background: 'none' };
    }
    return { ...printed, eventName: event.name, background };
  }

  private async render(
    data: PrintMapData & { tiles?: FolderTiles; sitePlan?: PrintMapSitePlan },
    sheet: PrintMapSheet,
  ): Promise<Omit<PrintedMap, 'eventName' | 'background'>> {
    const { doc, map } = buildPrintMap(data, sheet);
    const bytes = await this.renderer.render(doc);
    const pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    return { bytes, denominator: sheet.denominator, sites: map.entries.length, pages };
  }

  /** The uploaded site plan as a data URI where it lies, or undefined when there is none. */
  private async sitePlan(eventId: string): Promise<PrintMapSitePlan | undefined> {
    const row = await this.plans
      .createQueryBuilder('plan')
      .addSelect('plan.image')
      .where('plan.eventId = :eventId', { eventId })
      .getOne();
    if (!row) return undefined;
    return {
      href: `data:${row.contentType};base64,${Buffer.from(row.image).toString('base64')}`,
      bounds: { west: row.west, south: row.south, east: row.east, north: row.north },
      opacity: row.opacity,
    };
  }
}
