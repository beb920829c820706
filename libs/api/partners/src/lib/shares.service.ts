import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  invalidInput,
  notFound,
  nowIso,
  SharedChanges,
  SharedChangesCache,
  toIsoUtc,
  Actor,
  userIdOf,
} from '@tryggplan/api/core';
import { ShareCreate, ShareDto, ShareScope, ShareStatus, validationMessage } from '@tryggplan/shared/domain';
import { Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PartnerAnswers } from './partner-answers';
import { PartnersQueries, ShareAccessRow, ShareRow } from './partners.queries';
import { ShareEntity } from './share.entity';

/** A share the calling partner may use right now, with the organisation it belongs to. */
export interface LiveShare {
  id: string;
  eventId: string;
  organizationId: string;
  scope: ShareScope[];
  expiresAt: string;
}

export function shareStatus(
  share: { expiresAt: string; revokedAt: string | null },
  now = nowIso(),
): ShareStatus {
  if (share.revokedAt) return 'revoked';
  return share.expiresAt <= now ? 'expired' : 'live';
}

function toShareDto(row: ShareRow): ShareDto {
  return {
    id: row.id,
    eventId: row.eventId,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    scope: JSON.parse(row.scope) as ShareScope[],
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    status: shareStatus(row),
    createdAt: row.createdAt,
  };
}

@Injectable()
export class SharesService {
  constructor(
    @InjectRepository(ShareEntity) private readonly shares: Repository<ShareEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly audit: AuditService,
    private readonly queries: PartnersQueries,
    private readonly answers: PartnerAnswers,
    changes: SharedChanges,
  ) {
    this.access = new SharedChangesCache(changes);
  }

  /** Who may read which share, kept until the next write anywhere (a revocation is one). */
  private readonly access: SharedChangesCache<ShareAccessRow | null>;

  async list(eventId: string): Promise<ShareDto[]> {
    return (await this.queries.sharesOf(eventId)).map(toShareDto);
  }

  async create(actor: Actor, eventId: string, input: ShareCreate): Promise<ShareDto> {
    if (!(await this.organizations.existsBy({ id: input.organizationId }))) {
      throw invalidInput([
        {
          field: 'organizationId',
          code: 'invalid_value',
          message: validationMessage('invalid_value', actor.lang),
        },
      ]);
    }
    const share = await this.shares.save(
      this.shares.create({
        eventId,
        organizationId: input.organizationId,
        scope: input.scope,
        expiresAt: toIsoUtc(input.expiresAt),
        revokedAt: null,
        createdAt: nowIso(),
        createdById: actor.userId ?? null,
      }),
    );
    this.answers.invalidate(eventId);
    await this.audit.record(actor, {
      action: 'shares.create',
      eventId,
      subjectType: 'share',
      subjectId: share.id,
      details: { organizationId: share.organizationId, scope: share.scope, expiresAt: share.expiresAt },
    });
    return this.dto(eventId, share.id);
  }

  /** Revoking takes effect on the partner's next request: every partner read checks the share. */
  async revoke(actor: Actor, eventId: string, shareId: string): Promise<void> {
    const share = await this.shares.findOneBy({ id: shareId, eventId });
    if (!share) throw notFound();
    if (!share.revokedAt) await this.shares.update({ id: shareId }, { revokedAt: nowIso() });
    this.answers.invalidate(eventId);
    await this.audit.record(actor, {
      action: 'shares.revoke',
      eventId,
      subjectType: 'share',
      subjectId: shareId,
      details: { organizationId: share.organizationId },
    });
  }

  organizationOf(userId: string): Promise<string | null> {
    return this.queries.organizationOf(userId);
  }

  /**
   * Live shares of the partner's own organisation, one per event (the newest, when the event was
   * shared twice); nothing at all without an organisation.
   */
  async liveSharesOf(
    actor: Actor,
  ): Promise<(LiveShare & { eventName: string; eventStartsAt: string; eventEndsAt: string })[]> {
    const organizationId = await this.organizationOf(userIdOf(actor));
    if (!organizationId) return [];
    return (await this.queries.liveSharesOfOrganization(organizationId))
      .filter((row, index, rows) => index === 0 || rows[index - 1].eventId !== row.eventId)
      .map((row) => ({ ...row, scope: JSON.parse(row.scope) as ShareScope[] }));
  }

  /** The share if it is live and belongs to the partner's organisation; otherwise 404. */
  async liveShare(actor: Actor, shareId: string): Promise<LiveShare> {
    const userId = userIdOf(actor);
    const row = await this.access.get(
      `${shareId}|${userId}`,
      async () => (await this.queries.shareOfUser(shareId, userId)) ?? null,
      actor.changesSeen,
    );
    if (!row || shareStatus(row) !== 'live') throw notFound();
    return { ...row, scope: JSON.parse(row.scope) as ShareScope[] };
  }

  /** Organisations that can review the event now: those with a live share. */
  liveOrganizationIds(eventId: string): Promise<string[]> {
    return this.queries.liveOrganizationIds(eventId);
  }

  private async dto(eventId: string, shareId: string): Promise<ShareDto> {
    const row = await this.queries.share(eventId, shareId);
    if (!row) throw notFound();
    return toShareDto(row);
  }
}
