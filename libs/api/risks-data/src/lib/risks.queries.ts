import { Injectable } from '@nestjs/common';
import { LIKE_ESCAPE, likeContains, nowIso, Sql } from '@tryggplan/api/core';
import { RISK_LEVEL_RANGES } from '@tryggplan/shared/domain';
import type { EntityManager } from 'typeorm';
import { RawRisk } from './risk-mapping';
import { RiskListQuery } from './risk-query';
import { RiskSiteEntity } from './risk-site.entity';

/**
 * The columns a list may be sorted by; nothing else ever reaches ORDER BY. Nullable ones say where
 * empty values go (as SQLite has always put them: first going up, last going down), since
 * PostgreSQL puts them the other way round.
 */
const SORT_COLUMNS: Record<string, { column: string; nullable?: true }> = {
  score: { column: 'r."score"' },
  residualScore: { column: 'r."residualScore"', nullable: true },
  title: { column: 'r."title"' },
  category: { column: 'r."category"' },
  status: { column: 'r."status"' },
  owner: { column: 'r."owner"' },
  updatedAt: { column: 'r."updatedAt"' },
  nextDueDate: { column: 'r."nextDueDate"', nullable: true },
};

const MATRIX_COLUMNS = {
  inherent: ['r."likelihood"', 'r."consequence"'],
  residual: ['r."residualLikelihood"', 'r."residualConsequence"'],
} as const;

/** Ids per statement when reading links: far below either driver's limit of bound parameters. */
const ID_CHUNK = 500;

function groupSiteIds(rows: { riskId: string; siteId: string }[]): Map<string, string[]> {
  const byRisk = new Map<string, string[]>();
  for (const row of rows) {
    const ids = byRisk.get(row.riskId);
    if (ids) ids.push(row.siteId);
    else byRisk.set(row.riskId, [row.siteId]);
  }
  return byRisk;
}

/** Every raw SQL statement of the risk register, and the links between risks and sites. */
@Injectable()
export class RisksQueries {
  constructor(private readonly sql: Sql) {}

  /**
   * One page of the register and the number of matches. The narrow ids are sorted and paged first
   * (through the (eventId, score DESC, title) index for the default order), then only that page's
   * wide rows are read, in the same order.
   */
  async page(eventId: string, query: RiskListQuery): Promise<{ rows: RawRisk[]; total: number }> {
    const where = ['r."eventId" = ?'];
    const params: unknown[] = [eventId];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (query.category) add('r."category" = ?', query.category);
    if (query.status) add('r."status" = ?', query.status);
    if (query.owner) add('r."owner" = ?', query.owner);
    const residual = query.basis === 'residual';
    if (query.level) {
      const [min, max] = RISK_LEVEL_RANGES[query.level];
      add(`${residual ? 'r."residualScore"' : 'r."score"'} BETWEEN ? AND ?`, min, max);
    }
    if (query.likelihood)
      add(`${residual ? 'r."residualLikelihood"' : 'r."likelihood"'} = ?`, query.likelihood);
    if (query.consequence) {
      add(`${residual ? 'r."residualConsequence"' : 'r."consequence"'} = ?`, query.consequence);
    }
    if (query.siteId)
      add('r."id" IN (SELECT rs."riskId" FROM "risk_sites" rs WHERE rs."siteId" = ?)', query.siteId);
    if (query.overdue) add('r."nextDueDate" < ?', nowIso().slice(0, 10));
    if (query.q) {
      // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not
      add(
        `(LOWER(r."title") LIKE LOWER(?) ${LIKE_ESCAPE} OR LOWER(r."description") LIKE LOWER(?) ${LIKE_ESCAPE}` +
          ` OR LOWER(r."owner") LIKE LOWER(?) ${LIKE_ESCAPE})`,
        ...Array(3).fill(likeContains(query.q)),
      );
    }
    const [field, direction] = query.sort;
    const sort = SORT_COLUMNS[field] ?? SORT_COLUMNS['score'];
    const ascending = direction === 'asc';
    const nulls = sort.nullable ? (ascending ? ' NULLS FIRST' : ' NULLS LAST') : '';
    const order = `${sort.column} ${ascending ? 'ASC' : 'DESC'}${nulls}, r."title" ASC`;
    const filter = where.join(' AND ');
    const count = await this.sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS "n" FROM "risks" r WHERE ${filter}`,
      params,
    );
    const rows = await this.sql.all<RawRisk>(
      `SELECT r.* FROM (SELECT r."id" FROM "risks" r WHERE ${filter} ORDER BY ${order} LIMIT ? OFFSET ?) "page"
       JOIN "risks" r ON r."id" = "page"."id" ORDER BY ${order}`,
      [...params, query.limit, query.offset],
    );
    return { rows, total: Number(count?.n ?? 0) };
  }

  /** How many risks of the event have each inherent score. */
  async countsByScore(eventId: string): Promise<{ score: number; n: number }[]> {
    const rows = await this.sql.all<{ score: number; n: number | string }>(
      'SELECT r."score", COUNT(*) AS "n" FROM "risks" r WHERE r."eventId" = ? GROUP BY r."score"',
      [eventId],
    );
    return rows.map((row) => ({ score: Number(row.score), n: Number(row.n) }));
  }

  /** How many risks of the event sit in each likelihood × consequence cell (null: not assessed). */
  async matrixGroups(
    eventId: string,
    basis: 'inherent' | 'residual',
  ): Promise<{ likelihood: number | null; consequence: number | null; n: number }[]> {
    const [l, c] = MATRIX_COLUMNS[basis];
    const rows = await this.sql.all<{
      likelihood: number | null;
      consequence: number | null;
      n: number | string;
    }>(
      `SELECT ${l} AS "likelihood", ${c} AS "consequence", COUNT(*) AS "n" FROM "risks" r
       WHERE r."eventId" = ? GROUP BY ${l}, ${c}`,
      [eventId],
    );
    return rows.map((row) => ({
      likelihood: row.likelihood == null ? null : Number(row.likelihood),
      consequence: row.consequence == null ? null : Number(row.consequence),
      n: Number(row.n),
    }));
  }

  /** The linked sites of the given risks, in their saved order; risks without any are absent. */
  async siteIdsOf(riskIds: readonly string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    const rows: { riskId: string; siteId: string }[] = [];
    for (let start = 0; start < riskIds.length; start += ID_CHUNK) {
      const chunk = riskIds.slice(start, start + ID_CHUNK);
      rows.push(
        ...(await this.sql.all<{ riskId: string; siteId: string }>(
          `SELECT "riskId", "siteId" FROM "risk_sites" WHERE "riskId" IN (${chunk.map(() => '?').join(', ')})
           ORDER BY "riskId", "position"`,
          chunk,
          manager,
        )),
      );
    }
    return groupSiteIds(rows);
  }

  /** The linked sites of every risk of the event, in one statement. */
  async siteIdsOfEvent(eventId: string): Promise<Map<string, string[]>> {
    return groupSiteIds(
      await this.sql.all<{ riskId: string; siteId: string }>(
        `SELECT rs."riskId", rs."siteId" FROM "risk_sites" rs JOIN "risks" r ON r."id" = rs."riskId"
         WHERE r."eventId" = ? ORDER BY rs."riskId", rs."position"`,
        [eventId],
      ),
    );
  }

  /** Makes the risk's links exactly these sites, in this order, inside the caller's transaction. */
  async linkSites(
    tx: EntityManager,
    riskId: string,
    siteIds: readonly string[],
    replace: boolean,
  ): Promise<void> {
    if (replace) await tx.delete(RiskSiteEntity, { riskId });
    if (siteIds.length === 0) return;
    await tx.insert(
      RiskSiteEntity,
      siteIds.map((siteId, position) => ({ riskId, siteId, position })),
    );
  }
}
