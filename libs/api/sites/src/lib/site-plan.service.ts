import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { ApiHttpException, conflict, notFound, nowIso, Actor } from '@tryggplan/api/core';
import { SitePlanEntity, SitesService } from '@tryggplan/api/sites-data';
import {
  DEFAULT_EVENT_CENTER,
  SitePlanBounds,
  SitePlanDto,
  SitePlanPlacement,
  SiteGeometry,
} from '@tryggplan/shared/domain';
import { geometriesBounds } from '@tryggplan/shared/geo';
import { Repository } from 'typeorm';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/** The image type told by the file's first bytes, never by its name or declared type. */
export function imageTypeOf(bytes: Buffer): SitePlanDto['contentType'] | null {
  if (bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}

/** Where a new plan is first laid: over the event's sites, or a small square around the default centre. */
function initialBounds(geometries: SiteGeometry[]): SitePlanBounds {
  const extent = geometriesBounds(geometries);
  if (!extent) {
    const { lat, lng } = DEFAULT_EVENT_CENTER;
    return { south: lat - 0.002, west: lng - 0.004, north: lat + 0.002, east: lng + 0.004 };
  }
  const { south, west, north, east } = extent;
  if (north - south < 1e-4 || east - west < 1e-4) {
    return { south: south - 0.002, west: west - 0.004, north: north + 0.002, east: east + 0.004 };
  }
  return { south, west, north, east };
}

function toDto(plan: SitePlanEntity): SitePlanDto {
  return {
    eventId: plan.eventId,
    contentType: plan.contentType,
    size: plan.size,
    bounds: { south: plan.south, west: plan.west, north: plan.north, east: plan.east },
    opacity: plan.opacity,
    version: plan.version,
    updatedAt: plan.updatedAt,
  };
}

@Injectable()
export class SitePlanService {
  constructor(
    @InjectRepository(SitePlanEntity) private readonly plans: Repository<SitePlanEntity>,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
  ) {}

  async get(eventId: string): Promise<SitePlanDto> {
    return toDto(await this.entity(eventId));
  }

  async image(eventId: string): Promise<{ contentType: string; bytes: Buffer }> {
    const row = await this.plans
      .createQueryBuilder('plan')
      .addSelect('plan.image')
      .where('plan.eventId = :eventId', { eventId })
      .getOne();
    if (!row) throw notFound();
    return { contentType: row.contentType, bytes: row.image };
  }

  /** Stores a PNG or JPEG, replacing an earlier image but keeping where it lies. */
  async upload(actor: Actor, eventId: string, bytes: Buffer | undefined): Promise<SitePlanDto> {
    const contentType = bytes ? imageTypeOf(bytes) : null;
    if (!bytes || !contentType)
      throw new ApiHttpException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type');
    const existing = await this.plans.findOneBy({ eventId });
    const placement = existing
      ? {
          south: existing.south,
          west: existing.west,
          north: existing.north,
          east: existing.east,
          opacity: existing.opacity,
        }
      : { ...initialBounds((await this.sites.list(eventId)).map((site) => site.geometry)), opacity: 0.7 };
    await this.plans.save(
      this.plans.create({
        eventId,
        contentType,
        size: bytes.length,
        image: bytes,
        ...placement,
        updatedAt: nowIso(),
        version: existing ? existing.version + 1 : 1,
      }),
    );
    await this.audit.record(actor, { action: 'site-plan.upload', eventId, details: { size: bytes.length } });
    return this.get(eventId);
  }

  async place(actor: Actor, eventId: string, input: SitePlanPlacement): Promise<SitePlanDto> {
    const current = await this.entity(eventId);
    if (current.version !== input.version) throw conflict();
    const result = await this.plans.update(
      { eventId, version: input.version },
      { ...input.bounds, opacity: input.opacity, updatedAt: nowIso(), version: input.version + 1 },
    );
    if (!result.affected) throw conflict();
    await this.audit.record(actor, { action: 'site-plan.place', eventId });
    return this.get(eventId);
  }

  async remove(actor: Actor, eventId: string): Promise<void> {
    await this.entity(eventId);
    await this.plans.delete({ eventId });
    await this.audit.record(actor, { action: 'site-plan.delete', eventId });
  }

  private async entity(eventId: string): Promise<SitePlanEntity> {
    const plan = await this.plans.findOneBy({ eventId });
    if (!plan) throw notFound();
    return plan;
  }
}
