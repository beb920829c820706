import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  conflict,
  EventAnswerCache,
  invalidInput,
  notFound,
  nowIso,
  parseOrThrow,
  ReadyAnswer,
  readyAnswer,
  SharedChanges,
  Actor,
} from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites-data';
import {
  buildMatrix,
  formatDateTime,
  RISK_LEVELS,
  RiskChangeDto,
  RiskCreate,
  riskCreateSchema,
  RiskDto,
  RiskLevel,
  riskLevel,
  RiskUpdate,
  validationMessage,
} from '@tryggplan/shared/domain';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { RiskChangeEntity } from './risk-change.entity';
import { diffRisk, editableOf, fromRawRisk, linkedSiteIds, toRiskColumns, toRiskDto } from './risk-mapping';
import { RiskEntity } from './risk.entity';
import { RiskListQuery } from './risk-query';
import { RisksQueries } from './risks.queries';

/** Who the risk history names: the user's display name, or Tryggplan for jobs. */
function authorOf(actor: Actor): { id: string | null; label: string } {
  return actor.kind === 'user' && actor.userId
    ? { id: actor.userId, label: actor.displayName ?? '' }
    : { id: null, label: 'Tryggplan' };
}

/** Rows per INSERT statement when many risks are saved at once. */
const INSERT_CHUNK = 100;

const chunksOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

@Injectable()
export class RisksService {
  private readonly cache: EventAnswerCache<ReadyAnswer>;

  constructor(
    @InjectRepository(RiskEntity) private readonly risks: Repository<RiskEntity>,
    @InjectRepository(RiskChangeEntity) private readonly changes: Repository<RiskChangeEntity>,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly queries: RisksQueries,
    shared: SharedChanges,
  ) {
    this.cache = new EventAnswerCache<ReadyAnswer>(shared);
  }

  /** The list as a ready answer, kept until the next write to the event's risks or the next day. */
  listAnswer(actor: Actor, eventId: string, query: RiskListQuery): Promise<ReadyAnswer> {
    return this.cache.get(
      eventId,
      JSON.stringify({ query, today: nowIso().slice(0, 10) }),
      async () => readyAnswer(Buffer.from(JSON.stringify(await this.listPage(eventId, query)))),
      actor.changesSeen,
    );
  }

  private async listPage(eventId: string, query: RiskListQuery) {
    const { rows, total } = await this.queries.page(eventId, query);
    // one statement for the page's links, not one per risk
    const siteIds = await this.queries.siteIdsOf(rows.map((row) => row.id));
    return {
      items: rows.map((row) => fromRawRisk(row, siteIds.get(row.id) ?? [])),
      total,
      countsByLevel: await this.countsByLevel(eventId),
    };
  }

  async countsByLevel(eventId: string): Promise<Record<RiskLevel, number>> {
    const rows = await this.queries.countsByScore(eventId);
    const counts = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
    for (const row of rows) counts[riskLevel(row.score)] += row.n;
    return counts;
  }

  async matrix(eventId: string, basis: 'inherent' | 'residual') {
    const groups = await this.queries.matrixGroups(eventId, basis);
    const assessed = groups.filter((g) => g.likelihood != null && g.consequence != null);
    const points = assessed.flatMap((g) =>
      Array.from({ length: g.n }, () => ({
        likelihood: g.likelihood as number,
        consequence: g.consequence as number,
      })),
    );
    const all = groups.reduce((sum, g) => sum + g.n, 0);
    return { basis, total: points.length, unassessed: all - points.length, cells: buildMatrix(points) };
  }

  async get(eventId: string, riskId: string): Promise<RiskDto> {
    return this.dto(await this.entity(eventId, riskId));
  }

  async history(eventId: string, riskId: string): Promise<RiskChangeDto[]> {
    await this.entity(eventId, riskId);
    const rows = await this.changes.find({ where: { riskId }, order: { version: 'DESC' } });
    return rows.map((c) => ({
      id: c.id,
      riskId: c.riskId,
      at: c.at,
      actor: c.actor,
      version: c.version,
      changes: c.changes,
    }));
  }

  async create(actor: Actor, eventId: string, input: RiskCreate): Promise<RiskDto> {
    await this.assertSites(actor, eventId, input.siteIds ?? []);
    const saved = await this.risks.manager.transaction((tx) => this.insert(tx, actor, eventId, input));
    this.cache.invalidate(eventId);
    await this.audit.record(actor, {
      action: 'risks.create',
      eventId,
      subjectType: 'risk',
      subjectId: saved.id,
    });
    return saved;
  }

  /** Many risks in one transaction: all are saved, or none. */
  async createMany(actor: Actor, eventId: string, inputs: RiskCreate[], action: string): Promise<RiskDto[]> {
    for (const input of inputs) await this.assertSites(actor, eventId, input.siteIds ?? []);
    const now = nowIso();
    const author = authorOf(actor);
    const risks = inputs.map((input) => ({
      ...toRiskColumns(input),
      id: randomUUID(),
      eventId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    }));
    const saved = await this.risks.manager.transaction(async (tx) => {
      // multi-row inserts: one round trip per chunk instead of three per risk (matters on PostgreSQL)
      for (const chunk of chunksOf(risks, INSERT_CHUNK)) await tx.insert(RiskEntity, chunk);
      for (const [index, risk] of risks.entries())
        await this.queries.linkSites(tx, risk.id, linkedSiteIds(inputs[index]), false);
      const changes: RiskChangeEntity[] = risks.map((risk) => ({
        id: randomUUID(),
        riskId: risk.id,
        eventId,
        at: now,
        actorId: author.id,
        actor: author.label,
        version: 1,
        changes: [{ field: 'created', from: null, to: risk.title }],
      }));
      // TypeORM's partial type cannot describe the JSON column's `unknown` values
      for (const chunk of chunksOf(changes, INSERT_CHUNK))
        await tx.insert(RiskChangeEntity, chunk as QueryDeepPartialEntity<RiskChangeEntity>[]);
      return risks.map((risk, index) => toRiskDto(risk as RiskEntity, linkedSiteIds(inputs[index])));
    });
    this.cache.invalidate(eventId);
    await this.audit.record(actor, {
      action,
      eventId,
      subjectType: 'risk',
      details: { count: saved.length },
    });
    return saved;
  }

  async update(actor: Actor, eventId: string, riskId: string, input: RiskUpdate): Promise<RiskDto> {
    const current = await this.entity(eventId, riskId);
    if (current.version !== input.version) throw await this.staleVersion(actor, riskId, input.version);
    const { version, ...changes } = input;
    // a site deleted since has left the links with it (cascade), so it no longer blocks the save
    const before = editableOf(await this.dto(current));
    const merged = parseOrThrow(riskCreateSchema, { ...before, ...changes }, actor);
    await this.assertSites(actor, eventId, merged.siteIds ?? []);
    const columns = toRiskColumns(merged);
    const siteIds = linkedSiteIds(merged);
    const updated = await this.risks.manager.transaction(async (tx) => {
      const result = await tx.update(
        RiskEntity,
        { id: riskId, eventId, version },
        { ...columns, updatedAt: nowIso(), version: version + 1 },
      );
      if (!result.affected) return null;
      if (JSON.stringify(siteIds) !== JSON.stringify(before.siteIds)) {
        await this.queries.linkSites(tx, riskId, siteIds, true);
      }
      const after = toRiskDto(await tx.findOneByOrFail(RiskEntity, { id: riskId }), siteIds);
      const author = authorOf(actor);
      await tx.save(RiskChangeEntity, {
        riskId,
        eventId,
        at: after.updatedAt,
        actorId: author.id,
        actor: author.label,
        version: after.version,
        changes: diffRisk(before, editableOf(after)),
      });
      return after;
    });
    this.cache.invalidate(eventId);
    if (!updated) throw await this.staleVersion(actor, riskId, version);
    await this.audit.record(actor, {
      action: 'risks.update',
      eventId,
      subjectType: 'risk',
      subjectId: riskId,
      details: { fields: Object.keys(changes) },
    });
    return updated;
  }

  async remove(actor: Actor, eventId: string, riskId: string): Promise<void> {
    await this.entity(eventId, riskId);
    await this.risks.manager.transaction(async (tx) => {
      await tx.delete(RiskChangeEntity, { riskId });
      await tx.delete(RiskEntity, { id: riskId, eventId });
    });
    this.cache.invalidate(eventId);
    await this.audit.record(actor, {
      action: 'risks.delete',
      eventId,
      subjectType: 'risk',
      subjectId: riskId,
    });
  }

  async all(eventId: string): Promise<RiskDto[]> {
    const rows = await this.risks.find({ where: { eventId }, order: { score: 'DESC', title: 'ASC' } });
    const siteIds = await this.queries.siteIdsOfEvent(eventId);
    return rows.map((row) => toRiskDto(row, siteIds.get(row.id) ?? []));
  }

  private async insert(tx: EntityManager, actor: Actor, eventId: string, input: RiskCreate) {
    const now = nowIso();
    const risk = await tx.save(
      tx.create(RiskEntity, { ...toRiskColumns(input), eventId, createdAt: now, updatedAt: now }),
    );
    const siteIds = linkedSiteIds(input);
    await this.queries.linkSites(tx, risk.id, siteIds, false);
    const author = authorOf(actor);
    await tx.save(RiskChangeEntity, {
      riskId: risk.id,
      eventId,
      at: now,
      actorId: author.id,
      actor: author.label,
      version: risk.version,
      changes: [{ field: 'created', from: null, to: risk.title }],
    });
    return toRiskDto(risk, siteIds);
  }

  private async dto(risk: RiskEntity): Promise<RiskDto> {
    return toRiskDto(risk, (await this.queries.siteIdsOf([risk.id])).get(risk.id) ?? []);
  }

  private async entity(eventId: string, riskId: string): Promise<RiskEntity> {
    const risk = await this.risks.findOneBy({ id: riskId, eventId });
    if (!risk) throw notFound();
    return risk;
  }

  /** A linked site must belong to the same event. */
  private async assertSites(actor: Actor, eventId: string, siteIds: string[]): Promise<void> {
    if (siteIds.length === 0) return;
    const known = new Set(await this.sites.idsOf(eventId));
    const lang = actor.lang;
    const details = siteIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !known.has(id))
      .map(({ index }) => ({
        field: `siteIds.${index}`,
        code: 'unknown_site' as const,
        message: validationMessage('unknown_site', lang),
      }));
    if (details.length > 0) throw invalidInput(details);
  }

  /** 409 that names each field someone else changed since the caller's version, by whom and when. */
  private async staleVersion(actor: Actor, riskId: string, sinceVersion: number) {
    const lang = actor.lang;
    const newer = await this.changes.find({
      where: { riskId, version: MoreThan(sinceVersion) },
      order: { version: 'ASC' },
    });
    const details = newer.flatMap((change) =>
      change.changes.map((c) => ({
        field: c.field,
        code: 'changed_by_other' as const,
        message: validationMessage('changed_by_other', lang, {
          actor: change.actor,
          at: formatDateTime(change.at, lang),
        }),
      })),
    );
    return conflict('stale_version', details);
  }
}
