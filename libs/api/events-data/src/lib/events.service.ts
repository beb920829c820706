import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { MembershipService } from '@tryggplan/api/auth-data';
import {
  APP_CONFIG,
  AppConfig,
  conflict,
  notFound,
  nowIso,
  parseOrThrow,
  SharedChanges,
  SharedChangesCache,
  toIsoUtc,
  Actor,
  userIdOf,
} from '@tryggplan/api/core';
import {
  EventCreate,
  eventCreateSchema,
  EventDto,
  EventSummaryDto,
  EventFields,
  EventUpdate,
  Page,
  PageQuery,
  withEventDefaults,
} from '@tryggplan/shared/domain';
import { In, Repository } from 'typeorm';
import { EventEntity } from './event.entity';
import { EventsQueries } from './events.queries';

export function toEventDto(entity: EventEntity, retentionDays: number): EventDto {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    timezone: entity.timezone,
    locationName: entity.locationName,
    center: { lat: entity.centerLat, lng: entity.centerLng },
    zoom: entity.zoom,
    status: entity.status,
    contacts: entity.contacts,
    keepsPartyAffiliation: Boolean(entity.keepsPartyAffiliation),
    briefingAdvice: entity.briefingAdvice ?? '',
    threatSummary: entity.threatSummary ?? '',
    briefingAdviceEn: entity.briefingAdviceEn ?? '',
    threatSummaryEn: entity.threatSummaryEn ?? '',
    personalDataPurgeAt: new Date(Date.parse(entity.endsAt) + retentionDays * 86400_000).toISOString(),
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

function toColumns(dto: EventFields): Partial<EventEntity> {
  return {
    name: dto.name,
    description: dto.description,
    startsAt: toIsoUtc(dto.startsAt),
    endsAt: toIsoUtc(dto.endsAt),
    timezone: dto.timezone,
    locationName: dto.locationName,
    centerLat: dto.center.lat,
    centerLng: dto.center.lng,
    zoom: dto.zoom,
    status: dto.status,
    contacts: dto.contacts,
    keepsPartyAffiliation: dto.keepsPartyAffiliation,
    briefingAdvice: dto.briefingAdvice,
    threatSummary: dto.threatSummary,
    briefingAdviceEn: dto.briefingAdviceEn,
    threatSummaryEn: dto.threatSummaryEn,
  };
}

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly membership: MembershipService,
    private readonly audit: AuditService,
    private readonly queries: EventsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    changes: SharedChanges,
  ) {
    this.kept = new SharedChangesCache(changes);
  }

  /** Events as shown, kept until the next write anywhere. */
  private readonly kept: SharedChangesCache<EventDto>;

  private dto(entity: EventEntity): EventDto {
    return toEventDto(entity, this.config.retentionDays);
  }

  /**
   * Coordinators see the events they are members of; admins see every event, but only as a summary
   * for managing members (separation of duties: the admin reads no event content).
   */
  async list(actor: Actor, query: PageQuery): Promise<Page<EventDto> | Page<EventSummaryDto>> {
    if (actor.role === 'partner') return { items: [], total: 0 };
    if (actor.role === 'admin') return this.summaries(query);
    const [rows, total] = await this.events.findAndCount({
      where: { id: In(await this.membership.eventIdsOf(userIdOf(actor))) },
      order: { startsAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map((row) => this.dto(row)), total };
  }

  private async summaries(query: PageQuery): Promise<Page<EventSummaryDto>> {
    const [rows, total] = await this.events.findAndCount({
      select: { id: true, name: true, startsAt: true, endsAt: true, timezone: true, status: true },
      order: { startsAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const counts = await this.membership.countsOf(rows.map((row) => row.id));
    return {
      items: rows.map(({ id, name, startsAt, endsAt, timezone, status }) => ({
        id,
        name,
        startsAt,
        endsAt,
        timezone,
        status,
        memberCount: counts.get(id) ?? 0,
      })),
      total,
    };
  }

  /**
   * The event as the API shows it: the hottest read, so one prepared statement and no ORM. Given the
   * change number the caller read with its access (Actor.changesSeen), a kept answer needs no read.
   */
  async get(eventId: string, seen?: number): Promise<EventDto> {
    const read = async () => {
      const row = await this.queries.byId(eventId);
      if (!row) throw notFound();
      return this.dto(row);
    };
    return seen === undefined ? read() : this.kept.get(eventId, read, seen);
  }

  async entity(eventId: string): Promise<EventEntity> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) throw notFound();
    return event;
  }

  async create(actor: Actor, creatorId: string, input: EventCreate): Promise<EventDto> {
    const now = nowIso();
    const saved = await this.events.manager.transaction(async (tx) => {
      const event = await tx.save(
        tx.create(EventEntity, {
          ...toColumns(withEventDefaults(input)),
          createdBy: creatorId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.membership.addWithin(tx, event.id, creatorId);
      return event;
    });
    await this.audit.record(actor, {
      action: 'events.create',
      eventId: saved.id,
      subjectType: 'event',
      subjectId: saved.id,
    });
    return this.dto(saved);
  }

  /** Applies a change only if nobody saved in between (the client's `version`); otherwise 409. */
  async update(actor: Actor, eventId: string, input: EventUpdate): Promise<EventDto> {
    const current = await this.entity(eventId);
    if (current.version !== input.version) throw conflict();
    const { version, ...changes } = input;
    const merged = parseOrThrow(
      eventCreateSchema,
      { ...this.editable(this.dto(current)), ...changes },
      actor,
    );
    const result = await this.events.update(
      { id: eventId, version },
      { ...toColumns(withEventDefaults(merged)), updatedAt: nowIso(), version: version + 1 },
    );
    if (!result.affected) throw conflict();
    await this.audit.record(actor, {
      action: 'events.update',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: { fields: Object.keys(changes) },
    });
    return this.get(eventId);
  }

  async remove(actor: Actor, eventId: string): Promise<void> {
    await this.entity(eventId);
    await this.events.delete({ id: eventId });
    await this.audit.record(actor, {
      action: 'events.delete',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
    });
  }

  private editable(dto: EventDto): EventCreate {
    const {
      id: _id,
      version: _version,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      personalDataPurgeAt: _purge,
      ...rest
    } = dto;
    return rest;
  }
}
