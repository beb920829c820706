import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit';
import {
  conflict,
  EventAnswerCache,
  invalidInput,
  LIKE_ESCAPE,
  likeContains,
  notFound,
  nowIso,
  parseOrThrow,
  ReadyAnswer,
  readyAnswer,
  requestLanguage,
  SharedChanges,
  SqlReader,
} from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites';
import {
  buildMatrix,
  formatDateTime,
  RISK_LEVEL_RANGES,
  RISK_LEVELS,
  RiskChangeDto,
  RiskCreate,
  riskCreateSchema,
  RiskDto,
  RiskLevel,
  riskLevel,
  RiskUpdate,
  SessionUser,
  validationMessage,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { RiskChangeEntity } from './risk-change.entity';
import { diffRisk, editableOf, fromRawRisk, RawRisk, toRiskColumns, toRiskDto } from './risk-mapping';
import { RiskEntity } from './risk.entity';
import { RiskListQuery } from './risk-query';

function actorOf(req?: Request): { id: string | null; label: string } {
  const user = (req as (Request & { user?: SessionUser }) | undefined)?.user;
  return user ? { id: user.id, label: user.displayName } : { id: null, label: 'Tryggplan' };
}

@Injectable()
export class RisksService {
  private readonly cache: EventAnswerCache<ReadyAnswer>;

  constructor(
    @InjectRepository(RiskEntity) private readonly risks: Repository<RiskEntity>,
    @InjectRepository(RiskChangeEntity) private readonly changes: Repository<RiskChangeEntity>,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly sql: SqlReader,
    shared: SharedChanges,
  ) {
    this.cache = new EventAnswerCache<ReadyAnswer>(shared);
  }

  /** The list as a ready answer, kept until the next write to the event's risks or the next day. */
  listAnswer(eventId: string, query: RiskListQuery): ReadyAnswer {
    return this.cache.get(eventId, JSON.stringify({ query, today: nowIso().slice(0, 10) }), () =>
      readyAnswer(Buffer.from(JSON.stringify(this.query(eventId, query)))),
    );
  }

  private query(eventId: string, query: RiskListQuery) {
    const where = ['eventId = ?'];
    const params: unknown[] = [eventId];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (query.category) add('category = ?', query.category);
    if (query.status) add('status = ?', query.status);
    if (query.owner) add('owner = ?', query.owner);
    const residual = query.basis === 'residual';
    if (query.level) {
      const [min, max] = RISK_LEVEL_RANGES[query.level];
      add(`${residual ? 'residualScore' : 'score'} BETWEEN ? AND ?`, min, max);
    }
    if (query.likelihood) add(`${residual ? 'residualLikelihood' : 'likelihood'} = ?`, query.likelihood);
    if (query.consequence) add(`${residual ? 'residualConsequence' : 'consequence'} = ?`, query.consequence);
    if (query.siteId) add(`siteIds LIKE ? ${LIKE_ESCAPE}`, likeContains(JSON.stringify(query.siteId)));
    if (query.overdue) add('nextDueDate < ?', nowIso().slice(0, 10));
    if (query.q)
      add(
        `(title LIKE ? ${LIKE_ESCAPE} OR description LIKE ? ${LIKE_ESCAPE} OR owner LIKE ? ${LIKE_ESCAPE})`,
        ...Array(3).fill(likeContains(query.q)),
      );
    const [column, direction] = query.sort;
    const filter = where.join(' AND ');
    const total =
      this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM risks WHERE ${filter}`, params)?.n ?? 0;
    const order = `${column} ${direction === 'asc' ? 'ASC' : 'DESC'}, title ASC`;
    // sort and page the narrow rows first, then read the wide ones: SQLite would otherwise sort whole rows
    const rows = this.sql.all<RawRisk>(
      `SELECT * FROM risks WHERE rowid IN (SELECT rowid FROM risks WHERE ${filter} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`,
      [...params, query.limit, query.offset],
    );
    return { items: rows.map(fromRawRisk), total, countsByLevel: this.countsByLevel(eventId) };
  }

  countsByLevel(eventId: string): Record<RiskLevel, number> {
    const rows = this.sql.all<{ score: number; n: number }>(
      'SELECT score, COUNT(*) AS n FROM risks WHERE eventId = ? GROUP BY score',
      [eventId],
    );
    const counts = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
    for (const row of rows) counts[riskLevel(row.score)] += row.n;
    return counts;
  }

  async matrix(eventId: string, basis: 'inherent' | 'residual') {
    const [l, c] =
      basis === 'inherent' ? ['likelihood', 'consequence'] : ['residualLikelihood', 'residualConsequence'];
    const groups = this.sql.all<{ likelihood: number | null; consequence: number | null; n: number }>(
      `SELECT ${l} AS likelihood, ${c} AS consequence, COUNT(*) AS n FROM risks WHERE eventId = ? GROUP BY ${l}, ${c}`,
      [eventId],
    );
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
    return toRiskDto(await this.entity(eventId, riskId));
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

  async create(req: Request | undefined, eventId: string, input: RiskCreate): Promise<RiskDto> {
    await this.assertSites(req, eventId, input.siteIds ?? []);
    const saved = await this.risks.manager.transaction((tx) => this.insert(tx, req, eventId, input));
    this.cache.invalidate(eventId);
    await this.audit.record(req, {
      action: 'risks.create',
      eventId,
      subjectType: 'risk',
      subjectId: saved.id,
    });
    return saved;
  }

  /** Many risks in one transaction: all are saved, or none. */
  async createMany(
    req: Request | undefined,
    eventId: string,
    inputs: RiskCreate[],
    action: string,
  ): Promise<RiskDto[]> {
    for (const input of inputs) await this.assertSites(req, eventId, input.siteIds ?? []);
    const saved = await this.risks.manager.transaction(async (tx) => {
      const result: RiskDto[] = [];
      for (const input of inputs) result.push(await this.insert(tx, req, eventId, input));
      return result;
    });
    this.cache.invalidate(eventId);
    await this.audit.record(req, { action, eventId, subjectType: 'risk', details: { count: saved.length } });
    return saved;
  }

  async update(req: Request, eventId: string, riskId: string, input: RiskUpdate): Promise<RiskDto> {
    const current = await this.entity(eventId, riskId);
    if (current.version !== input.version) throw await this.staleVersion(req, riskId, input.version);
    const { version, ...changes } = input;
    const before = editableOf(toRiskDto(current));
    const merged = parseOrThrow(riskCreateSchema, { ...before, ...changes }, req);
    await this.assertSites(req, eventId, merged.siteIds ?? []);
    const columns = toRiskColumns(merged);
    const updated = await this.risks.manager.transaction(async (tx) => {
      const result = await tx.update(
        RiskEntity,
        { id: riskId, eventId, version },
        { ...columns, updatedAt: nowIso(), version: version + 1 },
      );
      if (!result.affected) return null;
      const after = toRiskDto(await tx.findOneByOrFail(RiskEntity, { id: riskId }));
      const actor = actorOf(req);
      await tx.save(RiskChangeEntity, {
        riskId,
        eventId,
        at: after.updatedAt,
        actorId: actor.id,
        actor: actor.label,
        version: after.version,
        changes: diffRisk(before, editableOf(after)),
      });
      return after;
    });
    this.cache.invalidate(eventId);
    if (!updated) throw await this.staleVersion(req, riskId, version);
    await this.audit.record(req, {
      action: 'risks.update',
      eventId,
      subjectType: 'risk',
      subjectId: riskId,
      details: { fields: Object.keys(changes) },
    });
    return updated;
  }

  async remove(req: Request, eventId: string, riskId: string): Promise<void> {
    await this.entity(eventId, riskId);
    await this.risks.manager.transaction(async (tx) => {
      await tx.delete(RiskChangeEntity, { riskId });
      await tx.delete(RiskEntity, { id: riskId, eventId });
    });
    this.cache.invalidate(eventId);
    await this.audit.record(req, { action: 'risks.delete', eventId, subjectType: 'risk', subjectId: riskId });
  }

  async all(eventId: string): Promise<RiskDto[]> {
    const rows = await this.risks.find({ where: { eventId }, order: { score: 'DESC', title: 'ASC' } });
    return rows.map(toRiskDto);
  }

  private async insert(tx: EntityManager, req: Request | undefined, eventId: string, input: RiskCreate) {
    const now = nowIso();
    const risk = await tx.save(
      tx.create(RiskEntity, { ...toRiskColumns(input), eventId, createdAt: now, updatedAt: now }),
    );
    const actor = actorOf(req);
    await tx.save(RiskChangeEntity, {
      riskId: risk.id,
      eventId,
      at: now,
      actorId: actor.id,
      actor: actor.label,
      version: risk.version,
      changes: [{ field: 'created', from: null, to: risk.title }],
    });
    return toRiskDto(risk);
  }

  private async entity(eventId: string, riskId: string): Promise<RiskEntity> {
    const risk = await this.risks.findOneBy({ id: riskId, eventId });
    if (!risk) throw notFound();
    return risk;
  }

  /** A linked site must belong to the same event. */
  private async assertSites(req: Request | undefined, eventId: string, siteIds: string[]): Promise<void> {
    if (siteIds.length === 0) return;
    const known = new Set(await this.sites.idsOf(eventId));
    const lang = req ? requestLanguage(req) : 'sv';
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
  private async staleVersion(req: Request, riskId: string, sinceVersion: number) {
    const lang = requestLanguage(req);
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
