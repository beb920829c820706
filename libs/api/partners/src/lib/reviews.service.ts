import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { invalidInput, notFound, nowIso, Actor, userIdOf } from '@tryggplan/api/core';
import {
  CommentCreate,
  CommentDto,
  ReviewCreate,
  ReviewDto,
  validationMessage,
} from '@tryggplan/shared/domain';
import { IsNull, Repository } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { PartnerAnswers } from './partner-answers';
import { CommentRow, PartnersQueries } from './partners.queries';
import { ReviewEntity } from './review.entity';
import { RevisionRow, RevisionSnapshot } from './revision-snapshot';

/** Above every revision number, and still a PostgreSQL integer (MAX_SAFE_INTEGER would not bind as one). */
const MAX_REVISION = 2_147_483_647;

/** Threads: top-level comments with their replies in order, titled by the revision's risks. */
function toThreads(rows: CommentRow[], revision: RevisionRow, snapshot: RevisionSnapshot): CommentDto[] {
  if (!rows.length) return [];
  const titles = new Map(snapshot.risks.map((risk) => [risk.id, risk.title]));
  const threads = rows
    .filter((row) => !row.parentId)
    .map<CommentDto>((row) => ({
      id: row.id,
      revision: revision.number,
      riskId: row.riskId,
      riskTitle: titles.get(row.riskId) ?? '',
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      authorName: row.authorName,
      body: row.body,
      createdAt: row.createdAt,
      visibleToPartners: row.visibleToPartners,
      replies: [],
    }));
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  for (const row of rows) {
    if (row.parentId) {
      byId
        .get(row.parentId)
        ?.replies.push({ id: row.id, authorName: row.authorName, body: row.body, createdAt: row.createdAt });
    }
  }
  return threads;
}

@Injectable()
export class ReviewsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    private readonly audit: AuditService,
    private readonly queries: PartnersQueries,
    private readonly answers: PartnerAnswers,
  ) {}

  /** Every thread of the revision, for the coordinator. */
  async allThreads(revision: RevisionRow, snapshot: RevisionSnapshot): Promise<CommentDto[]> {
    return toThreads(await this.queries.comments(revision.id), revision, snapshot);
  }

  /** A partner sees its own organisation's threads and the ones the coordinator made visible. */
  async threadsFor(
    revision: RevisionRow,
    snapshot: RevisionSnapshot,
    organizationId: string,
  ): Promise<CommentDto[]> {
    return (await this.allThreads(revision, snapshot)).filter(
      (thread) => thread.organizationId === organizationId || thread.visibleToPartners,
    );
  }

  async comment(
    actor: Actor,
    organizationId: string,
    revision: RevisionRow,
    snapshot: RevisionSnapshot,
    input: CommentCreate,
  ): Promise<CommentDto> {
    if (!snapshot.risks.some((risk) => risk.id === input.riskId)) {
      throw invalidInput([
        {
          field: 'riskId',
          code: 'invalid_value',
          message: validationMessage('invalid_value', actor.lang),
        },
      ]);
    }
    const saved = await this.comments.save(
      this.comments.create({
        revisionId: revision.id,
        parentId: null,
        riskId: input.riskId,
        organizationId,
        authorId: userIdOf(actor),
        authorName: actor.displayName ?? '',
        body: input.body,
        visibleToPartners: false,
        createdAt: nowIso(),
      }),
    );
    this.answers.invalidate(revision.eventId);
    await this.audit.record(actor, {
      action: 'review.comment',
      eventId: revision.eventId,
      subjectType: 'risk',
      subjectId: input.riskId,
      details: { revision: revision.number, organizationId },
    });
    return this.thread(revision, snapshot, saved.id);
  }

  async reply(
    actor: Actor,
    revision: RevisionRow,
    snapshot: RevisionSnapshot,
    commentId: string,
    body: string,
  ): Promise<CommentDto> {
    const parent = await this.comments.findOneBy({ id: commentId, revisionId: revision.id });
    if (!parent || parent.parentId) throw notFound();
    await this.comments.save(
      this.comments.create({
        revisionId: revision.id,
        parentId: parent.id,
        riskId: parent.riskId,
        organizationId: parent.organizationId,
        authorId: userIdOf(actor),
        authorName: actor.displayName ?? '',
        body,
        visibleToPartners: false,
        createdAt: nowIso(),
      }),
    );
    this.answers.invalidate(revision.eventId);
    await this.audit.record(actor, {
      action: 'review.reply',
      eventId: revision.eventId,
      subjectType: 'comment',
      subjectId: parent.id,
      details: { revision: revision.number },
    });
    return this.thread(revision, snapshot, parent.id);
  }

  async setVisibility(
    actor: Actor,
    revision: RevisionRow,
    snapshot: RevisionSnapshot,
    commentId: string,
    visibleToPartners: boolean,
  ): Promise<CommentDto> {
    const result = await this.comments.update(
      { id: commentId, revisionId: revision.id, parentId: IsNull() },
      { visibleToPartners },
    );
    if (!result.affected) throw notFound();
    this.answers.invalidate(revision.eventId);
    await this.audit.record(actor, {
      action: 'review.comment-visibility',
      eventId: revision.eventId,
      subjectType: 'comment',
      subjectId: commentId,
      details: { visibleToPartners },
    });
    return this.thread(revision, snapshot, commentId);
  }

  async decide(
    actor: Actor,
    organizationId: string,
    revision: RevisionRow,
    input: ReviewCreate,
  ): Promise<ReviewDto> {
    const values = {
      decision: input.decision,
      comment: input.comment,
      reviewerId: userIdOf(actor),
      reviewerName: actor.displayName ?? '',
      reviewedAt: nowIso(),
    };
    const existing = await this.reviews.findOneBy({ revisionId: revision.id, organizationId });
    if (existing) await this.reviews.update({ id: existing.id }, values);
    else await this.reviews.save(this.reviews.create({ revisionId: revision.id, organizationId, ...values }));
    this.answers.invalidate(revision.eventId);
    await this.audit.record(actor, {
      action: 'review.decide',
      eventId: revision.eventId,
      subjectType: 'revision',
      subjectId: revision.id,
      details: { revision: revision.number, organizationId, decision: input.decision },
    });
    return (await this.reviewOf(revision, organizationId)) as ReviewDto;
  }

  async reviewsOf(revision: RevisionRow): Promise<ReviewDto[]> {
    return (await this.queries.reviews(revision.id)).map((row) => ({ ...row, revision: revision.number }));
  }

  async reviewOf(revision: RevisionRow, organizationId: string): Promise<ReviewDto | null> {
    const row = await this.queries.review(revision.id, organizationId);
    return row ? { ...row, revision: revision.number } : null;
  }

  /** The highest revision of the event the organisation reviewed, optionally only below a number. */
  lastReviewed(eventId: string, organizationId: string, below = MAX_REVISION): Promise<number | null> {
    return this.queries.lastReviewed(eventId, organizationId, below);
  }

  private async thread(revision: RevisionRow, snapshot: RevisionSnapshot, id: string): Promise<CommentDto> {
    const thread = (await this.allThreads(revision, snapshot)).find((candidate) => candidate.id === id);
    if (!thread) throw notFound();
    return thread;
  }
}
