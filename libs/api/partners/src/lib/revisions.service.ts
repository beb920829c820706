import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  notFound,
  nowIso,
  ReadyAnswer,
  readyAnswer,
  SharedChanges,
  SharedChangesCache,
  Actor,
} from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { SharedRevisionNotices } from '@tryggplan/api/messages-data';
import { ScheduleService } from '@tryggplan/api/participants-data';
import { RisksService } from '@tryggplan/api/risks-data';
import { SitesService } from '@tryggplan/api/sites-data';
import {
  diffRevisions,
  PageQuery,
  partnerView,
  RevisionDiff,
  RevisionChangesDto,
  RevisionPublish,
  RevisionSummaryDto,
  SHARED_REGISTER_FIRST_PAGE,
  ShareScope,
} from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { PartnerAnswers } from './partner-answers';
import { PartnersQueries } from './partners.queries';
import { RevisionEntity } from './revision.entity';
import { RevisionRow, RevisionSnapshot, scopedRevision, toRevisionSummary } from './revision-snapshot';

/** Revision numbers are PostgreSQL integers: a larger one would not even bind. */
const MAX_REVISION = 2_147_483_647;

@Injectable()
export class RevisionsService {
  // Revisions are immutable, but the retention purge redacts their snapshots: what is kept of them
  // goes with the next write anywhere. `seen`, where a method takes it, is Actor.changesSeen.
  private readonly rows: SharedChangesCache<RevisionRow | null>;
  private readonly snapshots: SharedChangesCache<RevisionSnapshot>;
  private readonly scopedJson: SharedChangesCache<Buffer>;
  private readonly riskPages: SharedChangesCache<ReadyAnswer>;
  private readonly diffs: SharedChangesCache<RevisionDiff>;

  constructor(
    @InjectRepository(RevisionEntity) private readonly revisions: Repository<RevisionEntity>,
    private readonly events: EventsService,
    private readonly risks: RisksService,
    private readonly sites: SitesService,
    private readonly schedule: ScheduleService,
    private readonly audit: AuditService,
    private readonly queries: PartnersQueries,
    private readonly answers: PartnerAnswers,
    shared: SharedChanges,
    private readonly notices: SharedRevisionNotices,
  ) {
    this.rows = new SharedChangesCache(shared);
    this.snapshots = new SharedChangesCache(shared);
    this.scopedJson = new SharedChangesCache(shared);
    this.riskPages = new SharedChangesCache(shared);
    this.diffs = new SharedChangesCache(shared);
  }

  async publish(actor: Actor, eventId: string, input: RevisionPublish): Promise<RevisionSummaryDto> {
    const event = await this.events.get(eventId);
    const [risks, sites] = await Promise.all([this.risks.all(eventId), this.sites.list(eventId)]);
    const publicSchedule = input.includePublicSchedule
      ? (await this.schedule.timeline(actor, eventId, true)).map((item) => ({
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
          publishedById: actor.userId ?? null,
          publishedBy: actor.displayName ?? 'Tryggplan',
        }),
      );
    });
    this.answers.invalidate(eventId);
    await this.audit.record(actor, {
      action: 'risk-plan.publish',
      eventId,
      subjectType: 'revision',
      subjectId: saved.id,
      details: { revision: saved.number, risks: risks.length, publicSchedule: input.includePublicSchedule },
    });
    await this.notices.notify({ eventId, eventName: event.name, revision: saved.number, lang: actor.lang });
    return toRevisionSummary(saved);
  }

  async list(eventId: string): Promise<RevisionSummaryDto[]> {
    return (await this.queries.revisionsOf(eventId)).map(toRevisionSummary);
  }

  /** The revision without its snapshot, which is read once and then kept (see snapshotOf). */
  async entity(eventId: string, revision: number, seen?: number): Promise<RevisionRow> {
    if (!Number.isInteger(revision) || revision < 1 || revision > MAX_REVISION) throw notFound();
    const row = await this.rows.get(
      `${eventId}|${revision}`,
      async () => (await this.queries.revision(eventId, revision)) ?? null,
      seen,
    );
    if (!row) throw notFound();
    return row;
  }

  async snapshotOf(revision: RevisionRow, seen?: number): Promise<RevisionSnapshot> {
    return this.snapshots.get(
      revision.id,
      async () => JSON.parse((await this.queries.snapshotText(revision.id)) ?? 'null') as RevisionSnapshot,
      seen,
    );
  }

  /**
   * The scoped revision as UTF-8 JSON with the first page of the register, made once per revision
   * and scope: partner reads send it as is, and the whole register would be most of a megabyte.
   */
  async scopedJsonOf(revision: RevisionRow, scope: readonly ShareScope[], seen?: number): Promise<Buffer> {
    return this.scopedJson.get(
      `${revision.id}:${[...scope].sort().join(',')}`,
      async () => {
        const scoped = scopedRevision(revision, await this.snapshotOf(revision, seen), scope);
        const risks = scoped.risks?.slice(0, SHARED_REGISTER_FIRST_PAGE) ?? null;
        return Buffer.from(JSON.stringify({ ...scoped, risks }));
      },
      seen,
    );
  }

  /** One page of the revision's register, `{items, total}`, as a ready answer kept like the snapshot. */
  async riskPageOf(revision: RevisionRow, page: PageQuery, seen?: number): Promise<ReadyAnswer> {
    return this.riskPages.get(
      `${revision.id}:${page.offset}:${page.limit}`,
      async () => {
        const risks = (await this.snapshotOf(revision, seen)).risks;
        const items = risks.slice(page.offset, page.offset + page.limit);
        return readyAnswer(Buffer.from(JSON.stringify({ items, total: risks.length })));
      },
      seen,
    );
  }

  /**
   * Risks added, removed and changed, field by field, since an earlier revision of the same event; sites
   * are compared only for a reader who sees them (`withSites`: the coordinator, a share with `map`).
   */
  async changesSince(
    revision: RevisionRow,
    sinceNumber: number,
    options: { withSites: boolean; reviewed: boolean },
    seen?: number,
  ): Promise<RevisionChangesDto> {
    const earlier = await this.entity(revision.eventId, sinceNumber, seen);
    const key = `${earlier.id}:${revision.id}:${options.withSites ? 'sites' : 'risks'}`;
    const side = async (row: RevisionRow) => {
      const snapshot = await this.snapshotOf(row, seen);
      const shown = partnerView(snapshot.sites, snapshot.risks);
      return { risks: shown.risks, sites: options.withSites ? shown.sites : null };
    };
    const diff = await this.diffs.get(
      key,
      async () => diffRevisions(await side(earlier), await side(revision)),
      seen,
    );
    return { sinceRevision: sinceNumber, reviewed: options.reviewed, ...diff };
  }
}
