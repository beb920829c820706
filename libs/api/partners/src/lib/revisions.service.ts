import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { notFound, nowIso, ReadyAnswer, readyAnswer, SharedChanges, Actor } from '@tryggplan/api/core';
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

/** Revisions are immutable, so their parsed snapshots and scoped JSON can be kept without invalidation. */
const CACHE_LIMIT = 200;
/** Revision numbers are PostgreSQL integers: a larger one would not even bind. */
const MAX_REVISION = 2_147_483_647;

@Injectable()
export class RevisionsService {
  private readonly snapshots = new Map<string, RevisionSnapshot>();
  private readonly scopedJson = new Map<string, Buffer>();
  private readonly riskPages = new Map<string, ReadyAnswer>();
  private readonly diffs = new Map<string, RevisionDiff>();
  /** The shared change number the kept snapshots were read at: the retention purge redacts them. */
  private keptAt = -1;

  constructor(
    @InjectRepository(RevisionEntity) private readonly revisions: Repository<RevisionEntity>,
    private readonly events: EventsService,
    private readonly risks: RisksService,
    private readonly sites: SitesService,
    private readonly schedule: ScheduleService,
    private readonly audit: AuditService,
    private readonly queries: PartnersQueries,
    private readonly answers: PartnerAnswers,
    private readonly shared: SharedChanges,
    private readonly notices: SharedRevisionNotices,
  ) {}

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
  async entity(eventId: string, revision: number): Promise<RevisionRow> {
    if (!Number.isInteger(revision) || revision < 1 || revision > MAX_REVISION) throw notFound();
    const row = await this.queries.revision(eventId, revision);
    if (!row) throw notFound();
    return row;
  }

  async snapshotOf(revision: RevisionRow): Promise<RevisionSnapshot> {
    const keptAt = await this.forgetIfRedacted();
    return this.remember(this.snapshots, keptAt, revision.id, async () => {
      const snapshot = await this.queries.snapshotText(revision.id);
      return JSON.parse(snapshot ?? 'null') as RevisionSnapshot;
    });
  }

  /**
   * The scoped revision as UTF-8 JSON with the first page of the register, made once per revision
   * and scope: partner reads send it as is, and the whole register would be most of a megabyte.
   */
  async scopedJsonOf(revision: RevisionRow, scope: readonly ShareScope[]): Promise<Buffer> {
    const keptAt = await this.forgetIfRedacted();
    const key = `${revision.id}:${[...scope].sort().join(',')}`;
    return this.remember(this.scopedJson, keptAt, key, async () => {
      const scoped = scopedRevision(revision, await this.snapshotOf(revision), scope);
      const risks = scoped.risks?.slice(0, SHARED_REGISTER_FIRST_PAGE) ?? null;
      return Buffer.from(JSON.stringify({ ...scoped, risks }));
    });
  }

  /** One page of the revision's register, `{items, total}`, as a ready answer kept like the snapshot. */
  async riskPageOf(revision: RevisionRow, page: PageQuery): Promise<ReadyAnswer> {
    const keptAt = await this.forgetIfRedacted();
    const key = `${revision.id}:${page.offset}:${page.limit}`;
    return this.remember(this.riskPages, keptAt, key, async () => {
      const risks = (await this.snapshotOf(revision)).risks;
      const items = risks.slice(page.offset, page.offset + page.limit);
      return readyAnswer(Buffer.from(JSON.stringify({ items, total: risks.length })));
    });
  }

  /** Empties the kept answers once the shared change number moved (a purge may have redacted them). */
  private async forgetIfRedacted(): Promise<number> {
    const current = await this.shared.current();
    if (current !== this.keptAt) {
      for (const cache of [this.snapshots, this.scopedJson, this.riskPages, this.diffs]) cache.clear();
      this.keptAt = current;
    }
    return current;
  }

  /**
   * The kept value, else made and kept, unless the change number moved on meanwhile: what was read
   * before a redaction is then not kept among the answers made after it.
   */
  private async remember<T>(
    cache: Map<string, T>,
    keptAt: number,
    key: string,
    make: () => Promise<T>,
  ): Promise<T> {
    const kept = cache.get(key);
    if (kept !== undefined) return kept;
    const value = await make();
    if (keptAt === this.keptAt) {
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(key, value);
    }
    return value;
  }

  /**
   * Risks added, removed and changed, field by field, since an earlier revision of the same event; sites
   * are compared only for a reader who sees them (`withSites`: the coordinator, a share with `map`).
   */
  async changesSince(
    revision: RevisionRow,
    sinceNumber: number,
    options: { withSites: boolean; reviewed: boolean },
  ): Promise<RevisionChangesDto> {
    const earlier = await this.entity(revision.eventId, sinceNumber);
    const keptAt = await this.forgetIfRedacted();
    const key = `${earlier.id}:${revision.id}:${options.withSites ? 'sites' : 'risks'}`;
    const diff = await this.remember(this.diffs, keptAt, key, async () => {
      const side = async (row: RevisionRow) => {
        const snapshot = await this.snapshotOf(row);
        const shown = partnerView(snapshot.sites, snapshot.risks);
        return { risks: shown.risks, sites: options.withSites ? shown.sites : null };
      };
      return diffRevisions(await side(earlier), await side(revision));
    });
    return { sinceRevision: sinceNumber, reviewed: options.reviewed, ...diff };
  }
}
