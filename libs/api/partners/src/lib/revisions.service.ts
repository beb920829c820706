import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit';
import { notFound, nowIso, ReadyAnswer, readyAnswer, SharedChanges, SqlReader } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events';
import { ScheduleService } from '@tryggplan/api/participants';
import { RisksService } from '@tryggplan/api/risks';
import { SitesService } from '@tryggplan/api/sites';
import {
  diffRevisionRisks,
  PageQuery,
  partnerView,
  RevisionChangesDto,
  RevisionPublish,
  RevisionSummaryDto,
  SessionUser,
  SHARED_REGISTER_FIRST_PAGE,
  ShareScope,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { PartnerAnswers } from './partner-answers';
import { RevisionEntity } from './revision.entity';
import { RevisionRow, RevisionSnapshot, scopedRevision, toRevisionSummary } from './revision-snapshot';

const SUMMARY_COLUMNS =
  'id, eventId, number, note, includesPublicSchedule, riskCount, publishedAt, publishedBy';

/** Revisions are immutable, so their parsed snapshots and scoped JSON can be kept without invalidation. */
const CACHE_LIMIT = 200;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
  return value;
}

@Injectable()
export class RevisionsService {
  private readonly snapshots = new Map<string, RevisionSnapshot>();
  private readonly scopedJson = new Map<string, Buffer>();
  private readonly riskPages = new Map<string, ReadyAnswer>();
  private readonly diffs = new Map<string, Omit<RevisionChangesDto, 'sinceRevision'>>();
  /** The shared change number the kept snapshots were read at: the retention purge redacts them. */
  private keptAt = -1;

  constructor(
    @InjectRepository(RevisionEntity) private readonly revisions: Repository<RevisionEntity>,
    private readonly events: EventsService,
    private readonly risks: RisksService,
    private readonly sites: SitesService,
    private readonly schedule: ScheduleService,
    private readonly audit: AuditService,
    private readonly sql: SqlReader,
    private readonly answers: PartnerAnswers,
    private readonly shared: SharedChanges,
  ) {}

  async publish(
    req: Request | undefined,
    eventId: string,
    input: RevisionPublish,
  ): Promise<RevisionSummaryDto> {
    const event = await this.events.get(eventId);
    const [risks, sites] = await Promise.all([this.risks.all(eventId), this.sites.list(eventId)]);
    const publicSchedule = input.includePublicSchedule
      ? (await this.schedule.timeline(req as Request, eventId, true)).map((item) => ({
          title: item.title,
          startsAt: item.startsAt,
          endsAt: item.endsAt,
          siteId: item.siteId,
          siteName: item.siteName,
          participantName: item.participantName,
        }))
      : null;
    const snapshot: RevisionSnapshot = {
      event: {
        id: event.id,
        name: event.name,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timezone: event.timezone,
        locationName: event.locationName,
        center: event.center,
        zoom: event.zoom,
      },
      ...partnerView(sites, risks),
      publicSchedule,
    };
    const user = (req as (Request & { user?: SessionUser }) | undefined)?.user;
    const saved = await this.revisions.manager.transaction(async (tx) => {
      const last = await tx.findOne(RevisionEntity, {
        where: { eventId },
        order: { number: 'DESC' },
        select: { id: true, number: true },
      });
      return tx.save(
        tx.create(RevisionEntity, {
          eventId,
          number: (last?.number ?? 0) + 1,
          note: input.note,
          includesPublicSchedule: input.includePublicSchedule,
          riskCount: risks.length,
          snapshot: JSON.stringify(snapshot),
          publishedAt: nowIso(),
          publishedById: user?.id ?? null,
          publishedBy: user?.displayName ?? 'Tryggplan',
        }),
      );
    });
    this.answers.invalidate(eventId);
    await this.audit.record(req, {
      action: 'risk-plan.publish',
      eventId,
      subjectType: 'revision',
      subjectId: saved.id,
      details: { revision: saved.number, risks: risks.length, publicSchedule: input.includePublicSchedule },
    });
    return toRevisionSummary(saved);
  }

  async list(eventId: string): Promise<RevisionSummaryDto[]> {
    return this.sql
      .all<RevisionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM risk_plan_revisions WHERE eventId = ? ORDER BY number DESC`,
        [eventId],
      )
      .map(toRevisionSummary);
  }

  /** The revision without its snapshot, which is read once and then kept (see snapshotOf). */
  entity(eventId: string, revision: number): RevisionRow {
    if (!Number.isInteger(revision) || revision < 1) throw notFound();
    const row = this.sql.get<RevisionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM risk_plan_revisions WHERE eventId = ? AND number = ?`,
      [eventId, revision],
    );
    if (!row) throw notFound();
    return row;
  }

  snapshotOf(revision: RevisionRow): RevisionSnapshot {
    this.forgetIfRedacted();
    return remember(this.snapshots, revision.id, () => {
      const row = this.sql.get<{ snapshot: string }>(
        'SELECT snapshot FROM risk_plan_revisions WHERE id = ?',
        [revision.id],
      );
      return JSON.parse(row?.snapshot ?? 'null') as RevisionSnapshot;
    });
  }

  /**
   * The scoped revision as UTF-8 JSON with the first page of the register, made once per revision
   * and scope: partner reads send it as is, and the whole register would be most of a megabyte.
   */
  scopedJsonOf(revision: RevisionRow, scope: readonly ShareScope[]): Buffer {
    this.forgetIfRedacted();
    const key = `${revision.id}:${[...scope].sort().join(',')}`;
    return remember(this.scopedJson, key, () => {
      const scoped = scopedRevision(revision, this.snapshotOf(revision), scope);
      const risks = scoped.risks?.slice(0, SHARED_REGISTER_FIRST_PAGE) ?? null;
      return Buffer.from(JSON.stringify({ ...scoped, risks }));
    });
  }

  /** One page of the revision's register, `{items, total}`, as a ready answer kept like the snapshot. */
  riskPageOf(revision: RevisionRow, page: PageQuery): ReadyAnswer {
    this.forgetIfRedacted();
    const key = `${revision.id}:${page.offset}:${page.limit}`;
    return remember(this.riskPages, key, () => {
      const risks = this.snapshotOf(revision).risks;
      const items = risks.slice(page.offset, page.offset + page.limit);
      return readyAnswer(Buffer.from(JSON.stringify({ items, total: risks.length })));
    });
  }

  private forgetIfRedacted(): void {
    const current = this.shared.current;
    if (current === this.keptAt) return;
    for (const cache of [this.snapshots, this.scopedJson, this.riskPages, this.diffs]) cache.clear();
    this.keptAt = current;
  }

  /** Risks added, removed and changed since an earlier revision of the same event. */
  changesSince(revision: RevisionRow, sinceNumber: number): RevisionChangesDto {
    const earlier = this.entity(revision.eventId, sinceNumber);
    const diff = remember(this.diffs, `${earlier.id}:${revision.id}`, () =>
      diffRevisionRisks(this.snapshotOf(earlier).risks, this.snapshotOf(revision).risks),
    );
    return { sinceRevision: sinceNumber, ...diff };
  }
}
