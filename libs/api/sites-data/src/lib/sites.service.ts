import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { conflict, notFound, nowIso, parseOrThrow, Actor } from '@tryggplan/api/core';
import {
  SiteCreate,
  siteCreateSchema,
  SiteDto,
  SiteKind,
  SiteSize,
  SiteUpdate,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { SiteEntity } from './site.entity';
import { SitesQueries } from './sites.queries';

const IMPORT_CHUNK = 100;

export function toSiteDto(site: Omit<SiteEntity, 'createdAt' | 'updatedAt'>): SiteDto {
  return {
    id: site.id,
    eventId: site.eventId,
    kind: site.kind,
    name: site.name,
    description: site.description,
    address: site.address,
    geometry: site.geometry,
    size:
      site.sizeWidth !== null && site.sizeDepth !== null
        ? { width: site.sizeWidth, depth: site.sizeDepth }
        : null,
    rotation: site.rotation,
    version: site.version,
  };
}

/** The entity's columns for a site's footprint: the size split in two, the rotation 0 unless given. */
function footprintColumns(input: { size?: SiteSize | null; rotation?: number }) {
  return {
    sizeWidth: input.size?.width ?? null,
    sizeDepth: input.size?.depth ?? null,
    rotation: input.rotation ?? 0,
  };
}

@Injectable()
export class SitesService {
  constructor(
    @InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>,
    private readonly audit: AuditService,
    private readonly queries: SitesQueries,
  ) {}

  async list(eventId: string): Promise<SiteDto[]> {
    return (await this.queries.ofEvent(eventId)).map(toSiteDto);
  }

  async idsOf(eventId: string): Promise<string[]> {
    const rows = await this.sites.find({ where: { eventId }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** The event's sites as id → kind, for rules that accept only some kinds (accommodation, say). */
  async kindsOf(eventId: string): Promise<Map<string, SiteKind>> {
    const rows = await this.sites.find({ where: { eventId }, select: { id: true, kind: true } });
    return new Map(rows.map((row) => [row.id, row.kind]));
  }

  async create(actor: Actor, eventId: string, input: SiteCreate): Promise<SiteDto> {
    const now = nowIso();
    const site = await this.sites.save(
      this.sites.create({
        eventId,
        kind: input.kind,
        name: input.name,
        description: input.description ?? '',
        address: input.address ?? '',
        geometry: input.geometry,
        ...footprintColumns(input),
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.audit.record(actor, {
      action: 'sites.create',
      eventId,
      subjectType: 'site',
      subjectId: site.id,
    });
    return toSiteDto(site);
  }

  /** All features in one transaction: every site is saved, or none. */
  async createMany(actor: Actor, eventId: string, inputs: SiteCreate[]): Promise<SiteDto[]> {
    const now = nowIso();
    const rows = inputs.map((input) => ({
      id: randomUUID(),
      eventId,
      kind: input.kind,
      name: input.name,
      description: input.description ?? '',
      address: input.address ?? '',
      geometry: input.geometry,
      ...footprintColumns(input),
      createdAt: now,
      updatedAt: now,
      version: 1,
    }));
    await this.sites.manager.transaction(async (tx) => {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
        await tx.insert(SiteEntity, rows.slice(start, start + IMPORT_CHUNK));
      }
    });
    await this.audit.record(actor, { action: 'sites.import', eventId, details: { count: rows.length } });
    return rows.map((row) => toSiteDto(row as SiteEntity));
  }

  async update(actor: Actor, eventId: string, siteId: string, input: SiteUpdate): Promise<SiteDto> {
    const current = await this.entity(eventId, siteId);
    if (current.version !== input.version) throw conflict();
    const { version, ...changes } = input;
    const { id: _id, eventId: _eventId, version: _v, ...editable } = toSiteDto(current);
    const { size, rotation, ...merged } = parseOrThrow(siteCreateSchema, { ...editable, ...changes }, actor);
    const result = await this.sites.update(
      { id: siteId, eventId, version },
      { ...merged, ...footprintColumns({ size, rotation }), updatedAt: nowIso(), version: version + 1 },
    );
    if (!result.affected) throw conflict();
    await this.audit.record(actor, {
      action: 'sites.update',
      eventId,
      subjectType: 'site',
      subjectId: siteId,
      details: { fields: Object.keys(changes) },
    });
    return toSiteDto(await this.entity(eventId, siteId));
  }

  async remove(actor: Actor, eventId: string, siteId: string): Promise<void> {
    await this.entity(eventId, siteId);
    await this.sites.delete({ id: siteId, eventId });
    await this.audit.record(actor, {
      action: 'sites.delete',
      eventId,
      subjectType: 'site',
      subjectId: siteId,
    });
  }

  private async entity(eventId: string, siteId: string): Promise<SiteEntity> {
    const site = await this.sites.findOneBy({ id: siteId, eventId });
    if (!site) throw notFound();
    return site;
  }
}
