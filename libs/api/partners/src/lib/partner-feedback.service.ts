import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, nowIso, userIdOf } from '@tryggplan/api/core';
import type { PartnerFeedbackSeenDto, PartnerFeedbackUnreadDto } from '@tryggplan/shared/domain';
import { PartnerFeedbackQueries } from './partner-feedback.queries';

/** Which partner comments and review decisions a coordinator has not seen yet, per event. */
@Injectable()
export class PartnerFeedbackService {
  constructor(
    private readonly queries: PartnerFeedbackQueries,
    private readonly audit: AuditService,
  ) {}

  async unread(actor: Actor, eventId: string): Promise<PartnerFeedbackUnreadDto> {
    const userId = userIdOf(actor);
    const [byRisk, decisions] = await Promise.all([
      this.queries.unreadCommentsByRisk(userId, eventId),
      this.queries.unreadDecisions(userId, eventId),
    ]);
    const riskIds: Record<string, number> = {};
    let comments = 0;
    for (const row of byRisk) {
      const count = Number(row.count);
      riskIds[row.riskId] = count;
      comments += count;
    }
    return { comments, decisions, riskIds };
  }

  /** Everything partners said until now counts as seen by this user. */
  async markSeen(actor: Actor, eventId: string): Promise<PartnerFeedbackSeenDto> {
    const userId = userIdOf(actor);
    await this.queries.markSeen(userId, eventId, nowIso());
    const seenUpTo = (await this.queries.seenUpTo(userId, eventId)) as string;
    await this.audit.record(actor, {
      action: 'partner-feedback.seen',
      eventId,
      subjectType: 'event',
      subjectId: eventId,
      details: { seenUpTo },
    });
    return { seenUpTo };
  }
}
