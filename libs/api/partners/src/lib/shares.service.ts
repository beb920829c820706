import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit';
import { invalidInput, notFound, nowIso, requestLanguage, SqlReader, toIsoUtc } from '@tryggplan/api/core';
import {
  SessionUser,
  ShareCreate,
  ShareDto,
  ShareScope,
  ShareStatus,
  validationMessage,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PartnerAnswers } from './partner-answers';
import { ShareEntity } from './share.entity';

/** A share the calling partner may use right now, with the organisation it belongs to. */
export interface LiveShare {
  id: string;
  eventId: string;
  organizationId: string;
  scope: ShareScope[];
  expiresAt: string;
}

interface ShareRow {
  id: string;
  eventId: string;
  organizationId: string;
  scope: string;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  organizationName: string;
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

const SHARE_SELECT = `SELECT s.id, s.eventId, s.organizationId, s.scope, s.expiresAt, s.revokedAt, s.createdAt,
  o.name AS organizationName FROM shares s JOIN organizations o ON o.id = s.organizationId`;

@Injectable()
export class SharesService {
  constructor(
    @InjectRepository(ShareEntity) private readonly shares: Repository<ShareEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly audit: AuditService,
    private readonly sql: SqlReader,
    private readonly answers: PartnerAnswers,
  ) {}

  list(eventId: string): ShareDto[] {
    return this.sql
      .all<ShareRow>(`${SHARE_SELECT} WHERE s.eventId = ? ORDER BY o.name, s.createdAt DESC`, [eventId])
      .map(toShareDto);
  }

  async create(req: Request | undefined, eventId: string, input: ShareCreate): Promise<ShareDto> {
    if (!(await this.organizations.existsBy({ id: input.organizationId }))) {
      throw invalidInput([
        {
          field: 'organizationId',
          code: 'invalid_value',
          message: validationMessage('invalid_value', req ? requestLanguage(req) : 'sv'),
        },
      ]);
    }
    const user = (req as (Request & { user?: SessionUser }) | undefined)?.user;
    const share = await this.shares.save(
      this.shares.create({
        eventId,
        organizationId: input.organizationId,
        scope: input.scope,
        expiresAt: toIsoUtc(input.expiresAt),
        revokedAt: null,
        createdAt: nowIso(),
        createdById: user?.id ?? null,
      }),
    );
    this.answers.invalidate(eventId);
    await this.audit.record(req, {
      action: 'shares.create',
      eventId,
      subjectType: 'share',
      subjectId: share.id,
      details: { organizationId: share.organizationId, scope: share.scope, expiresAt: share.expiresAt },
    });
    return this.dto(eventId, share.id);
  }

  /** Revoking takes effect on the partner's next request: every partner read checks the share. */
  async revoke(req: Request, eventId: string, shareId: string): Promise<void> {
    const share = await this.shares.findOneBy({ id: shareId, eventId });
    if (!share) throw notFound();
    if (!share.revokedAt) await this.shares.update({ id: shareId }, { revokedAt: nowIso() });
    this.answers.invalidate(eventId);
    await this.audit.record(req, {
      action: 'shares.revoke',
      eventId,
      subjectType: 'share',
      subjectId: shareId,
      details: { organizationId: share.organizationId },
    });
  }

  organizationOf(userId: string): string | null {
    return (
      this.sql.get<{ organizationId: string | null }>('SELECT organizationId FROM users WHERE id = ?', [
        userId,
      ])?.organizationId ?? null
    );
  }

  /**
   * Live shares of the partner's own organisation, one per event (the newest, when the event was
   * shared twice); nothing at all without an organisation.
   */
  liveSharesOf(
    user: SessionUser,
  ): (LiveShare & { eventName: string; eventStartsAt: string; eventEndsAt: string })[] {
    const organizationId = this.organizationOf(user.id);
    if (!organizationId) return [];
    return this.sql
      .all<ShareRow & { eventName: string; eventStartsAt: string; eventEndsAt: string }>(
        `SELECT s.id, s.eventId, s.organizationId, s.scope, s.expiresAt, s.revokedAt, s.createdAt, '' AS organizationName,
           e.name AS eventName, e.startsAt AS eventStartsAt, e.endsAt AS eventEndsAt
         FROM shares s JOIN events e ON e.id = s.eventId
         WHERE s.organizationId = ? AND s.revokedAt IS NULL AND s.expiresAt > ?
         ORDER BY e.startsAt, s.eventId, s.createdAt DESC`,
        [organizationId, nowIso()],
      )
      .filter((row, index, rows) => index === 0 || rows[index - 1].eventId !== row.eventId)
      .map((row) => ({ ...row, scope: JSON.parse(row.scope) as ShareScope[] }));
  }

  /** The share if it is live and belongs to the partner's organisation; otherwise 404. */
  liveShare(user: SessionUser, shareId: string): LiveShare {
    const row = this.sql.get<ShareRow>(
      `SELECT s.id, s.eventId, s.organizationId, s.scope, s.expiresAt, s.revokedAt
       FROM shares s JOIN users u ON u.organizationId = s.organizationId WHERE s.id = ? AND u.id = ?`,
      [shareId, user.id],
    );
    if (!row || shareStatus(row) !== 'live') throw notFound();
    return { ...row, scope: JSON.parse(row.scope) as ShareScope[] };
  }

  /** Organisations that can review the event now: those with a live share. */
  liveOrganizationIds(eventId: string): string[] {
    return this.sql
      .all<{ organizationId: string }>(
        'SELECT DISTINCT organizationId FROM shares WHERE eventId = ? AND revokedAt IS NULL AND expiresAt > ?',
        [eventId, nowIso()],
      )
      .map((row) => row.organizationId);
  }

  private dto(eventId: string, shareId: string): ShareDto {
    const row = this.sql.get<ShareRow>(`${SHARE_SELECT} WHERE s.eventId = ? AND s.id = ?`, [
      eventId,
      shareId,
    ]);
    if (!row) throw notFound();
    return toShareDto(row);
  }
}
