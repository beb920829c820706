import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  conflict,
  notFound,
  nowIso,
  parseOrThrow,
  SharedChanges,
  SharedChangesCache,
  Actor,
} from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { SitesService } from '@tryggplan/api/sites-data';
import {
  Page,
  ParticipantCreate,
  participantCreateSchema,
  ParticipantDto,
  ParticipantUpdate,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { ParticipantEntity } from './participant.entity';
import { editableParticipant, toParticipantColumns, toParticipantDto } from './participant-mapping';
import { ExistingParticipant, participantProblems, throwIfAny } from './participant-rules';
import { ParticipantListQuery } from './participant-query';
import { ParticipantsQueries } from './participants.queries';
import { ScheduleItemEntity } from './schedule-item.entity';

const IMPORT_CHUNK = 200;

export interface ParticipantImportUpdate {
  id: string;
  version: number;
  value: ParticipantCreate;
}

/** Every read and change of participant data is audited by id only: the audit log keeps no personal data. */
@Injectable()
export class ParticipantsService {
  constructor(
    @InjectRepository(ParticipantEntity) private readonly participants: Repository<ParticipantEntity>,
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly queries: ParticipantsQueries,
    changes: SharedChanges,
  ) {
    this.pages = new SharedChangesCache(changes);
  }

  private readonly pages: SharedChangesCache<{ json: string; count: number }>;

  /** One page of the list as JSON text; cached until the next write anywhere, but every read is audited. */
  async listJson(actor: Actor, eventId: string, query: ParticipantListQuery): Promise<string> {
    const page = await this.pages.get(
      `${eventId}|${JSON.stringify(query)}`,
      async () => {
        const answer = await this.page(eventId, query);
        return { json: JSON.stringify(answer), count: answer.items.length };
      },
      actor.changesSeen,
    );
    await this.audit.record(actor, { action: 'participants.list', eventId, details: { count: page.count } });
    return page.json;
  }

  private async page(eventId: string, query: ParticipantListQuery): Promise<Page<ParticipantDto>> {
    const keepsParty = await this.queries.keepsPartyAffiliation(eventId);
    const { rows, total } = await this.queries.page(eventId, query);
    const items = rows.map((row) => toParticipantDto(row, keepsParty, row.linkExpiresAt));
    return { items, total };
  }

  async get(actor: Actor, eventId: string, participantId: string): Promise<ParticipantDto> {
    const dto = await this.dto(eventId, await this.entity(eventId, participantId));
    await this.audit.record(actor, {
      action: 'participants.read',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return dto;
  }

  async create(actor: Actor, eventId: string, input: ParticipantCreate): Promise<ParticipantDto> {
    throwIfAny(participantProblems(input, await this.context(eventId), actor.lang));
    const saved = await this.participants.manager.transaction((tx) => this.insert(tx, eventId, input));
    await this.audit.record(actor, {
      action: 'participants.create',
      eventId,
      subjectType: 'participant',
      subjectId: saved.id,
    });
    return this.dto(eventId, saved);
  }

  /** All rows in one transaction: every participant is saved, or none. Multi-row inserts keep 5,000 rows under a second. */
  async createMany(actor: Actor, eventId: string, inputs: ParticipantCreate[]): Promise<string[]> {
    const { created } = await this.importRows(actor, eventId, { creates: inputs, updates: [] });
    return created;
  }

  /**
   * A whole import in one transaction: new people inserted, matched ones updated at the version the check read.
   * A person changed in between answers 409 and nothing is saved.
   */
  async importRows(
    actor: Actor,
    eventId: string,
    changes: { creates: ParticipantCreate[]; updates: ParticipantImportUpdate[] },
  ): Promise<{ created: string[]; updated: string[] }> {
    const now = nowIso();
    const rows = changes.creates.map((input) => ({
      ...toParticipantColumns(input),
      id: randomUUID(),
      eventId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    }));
    await this.participants.manager.transaction(async (tx) => {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(ParticipantEntity)
          .values(rows.slice(start, start + IMPORT_CHUNK))
          .updateEntity(false)
          .execute();
      }
      for (const { id, version, value } of changes.updates) {
        const result = await tx.update(
          ParticipantEntity,
          { id, eventId, version },
          { ...toParticipantColumns(value), updatedAt: now, version: version + 1 },
        );
        if (!result.affected) throw conflict();
      }
    });
    const created = rows.map((row) => row.id);
    const updated = changes.updates.map((update) => update.id);
    await this.audit.record(actor, {
      action: 'participants.import',
      eventId,
      details: { count: created.length + updated.length, created: created.length, updated: updated.length },
    });
    return { created, updated };
  }

  /** What an import compares its rows with: the event's rules and everyone already on the list. */
  async importContext(eventId: string) {
    const event = await this.events.entity(eventId);
    const rows = await this.participants.find({ where: { eventId } });
    const existing: ExistingParticipant[] = rows.map((row) => ({
      id: row.id,
      version: row.version,
      fullName: row.fullName,
      email: row.email,
      phone: row.phone,
      editable: editableParticipant(row),
    }));
    return {
      siteKinds: await this.sites.kindsOf(eventId),
      keepsParty: Boolean(event.keepsPartyAffiliation),
      existing,
      timezone: event.timezone,
    };
  }

  async update(
    actor: Actor,
    eventId: string,
    participantId: string,
    input: ParticipantUpdate,
  ): Promise<ParticipantDto> {
    const current = await this.entity(eventId, participantId);
    if (current.version !== input.version) throw conflict();
    const { version, ...changes } = input;
    const merged = parseOrThrow(
      participantCreateSchema,
      { ...editableParticipant(current), ...changes },
      actor,
    );
    throwIfAny(participantProblems(merged, await this.context(eventId, participantId), actor.lang));
    const result = await this.participants.update(
      { id: participantId, eventId, version },
      { ...toParticipantColumns(merged), updatedAt: nowIso(), version: version + 1 },
    );
    if (!result.affected) throw conflict();
    await this.audit.record(actor, {
      action: 'participants.update',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
      details: { fields: Object.keys(changes) },
    });
    return this.dto(eventId, await this.entity(eventId, participantId));
  }

  /** Hard delete of the person with schedule and links; the audit line names only the id. */
  async erase(actor: Actor, eventId: string, participantId: string): Promise<void> {
    await this.entity(eventId, participantId);
    await this.participants.delete({ id: participantId, eventId });
    await this.audit.record(actor, {
      action: 'participants.erase',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
  }

  /** Everything kept about one person, for a data subject request. */
  async exportPerson(actor: Actor, eventId: string, participantId: string) {
    const participant = await this.dto(eventId, await this.entity(eventId, participantId));
    const schedule = await this.participants.manager.find(ScheduleItemEntity, {
      where: { participantId },
      order: { startsAt: 'ASC' },
    });
    const links = await this.queries.linksOf(participantId);
    await this.audit.record(actor, {
      action: 'participants.export-person',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return {
      exportedAt: nowIso(),
      participant,
      schedule: schedule.map(({ id, title, startsAt, endsAt, siteId, isPublic }) => ({
        id,
        title,
        startsAt,
        endsAt,
        siteId,
        isPublic,
      })),
      personalLinks: links,
    };
  }

  async all(eventId: string): Promise<ParticipantDto[]> {
    const event = await this.events.entity(eventId);
    const rows = await this.participants.find({ where: { eventId }, order: { fullName: 'ASC' } });
    return rows.map((row) => toParticipantDto(row, Boolean(event.keepsPartyAffiliation), null));
  }

  async entity(eventId: string, participantId: string): Promise<ParticipantEntity> {
    const participant = await this.participants.findOneBy({ id: participantId, eventId });
    if (!participant) throw notFound();
    return participant;
  }

  /** What the per-row rules need to know about the event, excluding the person being edited. */
  async context(eventId: string, exceptId?: string) {
    const event = await this.events.entity(eventId);
    const others = (await this.queries.contactsOf(eventId)).filter((other) => other.id !== exceptId);
    return {
      siteKinds: await this.sites.kindsOf(eventId),
      keepsParty: Boolean(event.keepsPartyAffiliation),
      others,
    };
  }

  private async insert(tx: EntityManager, eventId: string, input: ParticipantCreate) {
    const now = nowIso();
    return tx.save(
      tx.create(ParticipantEntity, {
        ...toParticipantColumns(input),
        eventId,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  private async dto(eventId: string, entity: ParticipantEntity): Promise<ParticipantDto> {
    const event = await this.events.entity(eventId);
    const linkExpiresAt = await this.queries.linkExpiry(entity.id);
    return toParticipantDto(entity, Boolean(event.keepsPartyAffiliation), linkExpiresAt);
  }
}
