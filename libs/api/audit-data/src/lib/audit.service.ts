import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, LIKE_ESCAPE, likeStartsWith, nowIso, SqlPart } from '@tryggplan/api/core';
import { Page } from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AuditActorType, AuditEntryEntity } from './audit-entry.entity';
import { AuditQueries } from './audit.queries';

export interface AuditActor {
  type: AuditActorType;
  id?: string;
  label?: string;
}

export interface AuditRecord {
  action: string;
  eventId?: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  eventId?: string;
  subject?: string;
  action?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly queries: AuditQueries,
  ) {}

  /** How the log names an actor: a logged-in user, a personal link, a job, or nobody. */
  actorOf(actor: Actor): AuditActor {
    switch (actor.kind) {
      case 'user':
        return { type: 'user', id: actor.userId, label: actor.label };
      case 'participant':
        return { type: 'link', id: actor.participantId };
      default:
        return { type: actor.kind };
    }
  }

  /** Appends one entry (inside `tx` when given, so it commits with the write it tells of). */
  async record(actor: Actor, record: AuditRecord, tx?: EntityManager): Promise<void> {
    await this.queries.insert(
      { ...this.rowOf(actor, record), details: record.details ? JSON.stringify(record.details) : null },
      tx,
    );
  }

  /**
   * The entry as a part of a larger PostgreSQL statement that commits with the write it tells of
   * (see withParts); its details are SQL of that statement.
   */
  recordPart(actor: Actor, record: Omit<AuditRecord, 'details'>, details: SqlPart): SqlPart {
    return this.queries.insertPart(this.rowOf(actor, record), details);
  }

  private rowOf(actor: Actor, record: Omit<AuditRecord, 'details'>) {
    const logged = this.actorOf(actor);
    return {
      id: randomUUID(),
      at: nowIso(),
      actorType: logged.type,
      actorId: logged.id ?? null,
      actorLabel: logged.label ?? null,
      action: record.action,
      eventId: record.eventId ?? null,
      subjectType: record.subjectType ?? null,
      subjectId: record.subjectId ?? null,
      ip: actor.ip ?? null,
    };
  }

  async list(query: AuditQuery): Promise<Page<AuditEntryEntity>> {
    const qb = this.entries.createQueryBuilder('a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');
    if (query.eventId) qb.andWhere('a.eventId = :eventId', { eventId: query.eventId });
    if (query.subject) qb.andWhere('a.subjectId = :subject', { subject: query.subject });
    if (query.action) {
      qb.andWhere(`a.action LIKE :action ${LIKE_ESCAPE}`, { action: likeStartsWith(query.action) });
    }
    const [items, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items, total };
  }
}
