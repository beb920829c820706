import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit';
import { conflict, invalidInput, notFound, nowIso, parseOrThrow, requestLanguage } from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites';
import {
  buildMatrix,
  formatDateTime,
  RISK_LEVELS,
  RiskChangeDto,
  RiskCreate,
  riskCreateSchema,
  RiskDto,
  RiskLevel,
  RiskUpdate,
  SessionUser,
  validationMessage,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { RiskChangeEntity } from './risk-change.entity';
import { diffRisk, editableOf, toRiskColumns, toRiskDto } from './risk-mapping';
import { RiskEntity } from './risk.entity';
import { RiskListQuery } from './risk-query';

const LEVEL_SCORES: Record<RiskLevel, [number, number]> = {
  low: [1, 4],
  medium: [5, 9],
  high: [10, 16],
  critical: [20, 25],
};

function actorOf(req?: Request): { id: string | null; label: string } {
  const user = (req as (Request & { user?: SessionUser }) | undefined)?.user;
  return user ? { id: user.id, label: user.displayName } : { id: null, label: 'Tryggplan' };
}

@Injectable()
export class RisksService {
  constructor(
    @InjectRepository(RiskEntity) private readonly risks: Repository<RiskEntity>,
    @InjectRepository(RiskChangeEntity) private readonly changes: Repository<RiskChangeEntity>,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
  ) {}

  async list(eventId: string, query: RiskListQuery) {
    const qb = this.risks.createQueryBuilder('r').where('r.eventId = :eventId', { eventId });
    if (query.category) qb.andWhere('r.category = :category', { category: query.category });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.owner) qb.andWhere('r.owner = :owner', { owner: query.owner });
    if (query.level) {
      const column = query.basis === 'residual' ? 'r.residualScore' : 'r.score';
      const [min, max] = LEVEL_SCORES[query.level];
      qb.andWhere(`${column} BETWEEN :min AND :max`, { min, max });
    }
    if (query.likelihood) qb.andWhere('r.likelihood = :likelihood', { likelihood: query.likelihood });
    if (query.consequence) qb.andWhere('r.consequence = :consequence', { consequence: query.consequence });
    if (query.siteId) qb.andWhere('r.siteIds LIKE :site', { site: `%${JSON.stringify(query.siteId)}%` });
    if (query.overdue) qb.andWhere('r.nextDueDate < :today', { today: nowIso().slice(0, 10) });
    if (query.q) {
      qb.andWhere('(r.title LIKE :q OR r.description LIKE :q OR r.owner LIKE :q)', { q: `%${query.q}%` });
    }
    const [column, direction] = query.sort;
    qb.orderBy(`r.${column}`, direction === 'asc' ? 'ASC' : 'DESC').addOrderBy('r.title', 'ASC');
    const total = await qb.getCount();
    const rows = await qb.take(query.limit).skip(query.offset).getMany();
    return { items: rows.map(toRiskDto), total, countsByLevel: await this.countsByLevel(eventId) };
  }

  async countsByLevel(eventId: string): Promise<Record<RiskLevel, number>> {
    const rows: { score: number; n: number }[] = await this.risks
      .createQueryBuilder('r')
      .select('r.score', 'score')
      .addSelect('COUNT(*)', 'n')
      .where('r.eventId = :eventId', { eventId })
      .groupBy('r.score')
      .getRawMany();
    const counts = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
    for (const row of rows) {
      const level = RISK_LEVELS.find(
        (l) => row.score >= LEVEL_SCORES[l][0] && row.score <= LEVEL_SCORES[l][1],
      );
      if (level) counts[level] += Number(row.n);
    }
    return counts;
  }

  async matrix(eventId: string, basis: 'inherent' | 'residual') {
    const rows = await this.risks.find({
      where: { eventId },
      select: { likelihood: true, consequence: true, residualLikelihood: true, residualConsequence: true },
    });
    const points =
      basis === 'inherent'
        ? rows
        : rows
            .filter((r) => r.residualLikelihood != null && r.residualConsequence != null)
            .map((r) => ({
              likelihood: r.residualLikelihood as number,
              consequence: r.residualConsequence as number,
            }));
    return {
      basis,
      total: points.length,
      unassessed: rows.length - points.length,
      cells: buildMatrix(points),
    };
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
