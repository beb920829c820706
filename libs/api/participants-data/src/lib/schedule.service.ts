import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { conflict, invalidInput, notFound, nowIso, parseOrThrow, Actor } from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites-data';
import {
  findOverlaps,
  ScheduleItemCreate,
  scheduleItemCreateSchema,
  ScheduleItemDto,
  ScheduleItemUpdate,
  validationMessage,
} from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { ParticipantsQueries, TimelineItem } from './participants.queries';
import { ParticipantsService } from './participants.service';
import { ScheduleItemEntity } from './schedule-item.entity';

export type { TimelineItem } from './participants.queries';

function toDto(item: ScheduleItemEntity, overlaps: Map<string, string[]>): ScheduleItemDto {
  return {
    id: item.id,
    participantId: item.participantId,
    title: item.title,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    siteId: item.siteId,
    isPublic: Boolean(item.isPublic),
    overlapsWith: overlaps.get(item.id) ?? [],
    version: item.version,
  };
}

@Injectable()
export class ScheduleService {
  constructor(
    @InjectRepository(ScheduleItemEntity) private readonly items: Repository<ScheduleItemEntity>,
    private readonly participants: ParticipantsService,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly queries: ParticipantsQueries,
  ) {}

  /** `actor` left out: an internal read (page, folders), not audited as one. */
  async list(actor: Actor | undefined, eventId: string, participantId: string): Promise<ScheduleItemDto[]> {
    await this.participants.entity(eventId, participantId);
    const items = await this.items.find({ where: { participantId }, order: { startsAt: 'ASC' } });
    if (actor) {
      await this.audit.record(actor, {
        action: 'schedule.read',
        eventId,
        subjectType: 'participant',
        subjectId: participantId,
      });
    }
    const overlaps = findOverlaps(items);
    return items.map((item) => toDto(item, overlaps));
  }

  async create(actor: Actor, eventId: string, participantId: string, input: ScheduleItemCreate) {
    await this.participants.entity(eventId, participantId);
    await this.assertSite(actor, eventId, input.siteId);
    const item = await this.items.save(
      this.items.create({
        eventId,
        participantId,
        title: input.title,
        startsAt: new Date(input.startsAt).toISOString(),
        endsAt: new Date(input.endsAt).toISOString(),
        siteId: input.siteId ?? null,
        isPublic: input.isPublic ?? false,
        createdAt: nowIso(),
      }),
    );
    await this.audit.record(actor, {
      action: 'schedule.create',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return this.itemDto(eventId, participantId, item.id);
  }

  async update(
    actor: Actor,
    eventId: string,
    participantId: string,
    itemId: string,
    input: ScheduleItemUpdate,
  ) {
    const current = await this.entity(eventId, participantId, itemId);
    if (current.version !== input.version) throw conflict();
    const { version, ...changes } = input;
    const merged = parseOrThrow(
      scheduleItemCreateSchema,
      {
        title: current.title,
        startsAt: current.startsAt,
        endsAt: current.endsAt,
        siteId: current.siteId,
        isPublic: Boolean(current.isPublic),
        ...changes,
      },
      actor,
    );
    await this.assertSite(actor, eventId, merged.siteId);
    const result = await this.items.update(
      { id: itemId, participantId, version },
      {
        title: merged.title,
        startsAt: new Date(merged.startsAt).toISOString(),
        endsAt: new Date(merged.endsAt).toISOString(),
        siteId: merged.siteId ?? null,
        isPublic: merged.isPublic ?? false,
        version: version + 1,
      },
    );
    if (!result.affected) throw conflict();
    await this.audit.record(actor, {
      action: 'schedule.update',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return this.itemDto(eventId, participantId, itemId);
  }

  async remove(actor: Actor, eventId: string, participantId: string, itemId: string): Promise<void> {
    await this.entity(eventId, participantId, itemId);
    await this.items.delete({ id: itemId, participantId });
    await this.audit.record(actor, {
      action: 'schedule.delete',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
  }

  /** Every item of the event with who and where, by time: the timeline and the public exposure view. */
  async timeline(actor: Actor, eventId: string, onlyPublic: boolean): Promise<TimelineItem[]> {
    const rows = await this.queries.timeline(eventId, onlyPublic);
    await this.audit.record(actor, {
      action: onlyPublic ? 'schedule.public-exposure' : 'schedule.timeline',
      eventId,
      details: { count: rows.length },
    });
    return rows;
  }

  private async itemDto(eventId: string, participantId: string, itemId: string): Promise<ScheduleItemDto> {
    const all = await this.list(undefined, eventId, participantId);
    const item = all.find((candidate) => candidate.id === itemId);
    if (!item) throw notFound();
    return item;
  }

  private async entity(eventId: string, participantId: string, itemId: string): Promise<ScheduleItemEntity> {
    const item = await this.items.findOneBy({ id: itemId, participantId, eventId });
    if (!item) throw notFound();
    return item;
  }

  private async assertSite(actor: Actor, eventId: string, siteId: string | null | undefined): Promise<void> {
    if (siteId && !(await this.sites.idsOf(eventId)).includes(siteId)) {
      const lang = actor.lang;
      throw invalidInput([
        { field: 'siteId', code: 'unknown_site', message: validationMessage('unknown_site', lang) },
      ]);
    }
  }
}
