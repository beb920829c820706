import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import { ApiJsonBody, EventCoordinator, ValidBody, Actor, CurrentActor } from '@tryggplan/api/core';
import {
  CommentReply,
  commentReplySchema,
  CommentVisibility,
  commentVisibilitySchema,
  CoordinatorRevisionDto,
  RevisionPublish,
  revisionPublishSchema,
  ShareCreate,
  shareCreateSchema,
} from '@tryggplan/shared/domain';
import { OrganizationsService } from './organizations.service';
import { ReviewsService } from './reviews.service';
import { scopedRevision } from './revision-snapshot';
import { RevisionsService } from './revisions.service';
import { SharesService } from './shares.service';

/** The coordinator's side: publish revisions, share them, and follow the reviews. */
@ApiTags('partners')
@Controller('events/:eventId')
export class RiskPlanController {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly shares: SharesService,
    private readonly reviews: ReviewsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  @Get('risk-plan/revisions')
  @EventCoordinator()
  async list(@Param('eventId') eventId: string) {
    const items = await this.revisions.list(eventId);
    return { items, total: items.length };
  }

  @Post('risk-plan/revisions')
  @EventCoordinator()
  @ApiJsonBody(revisionPublishSchema)
  publish(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(revisionPublishSchema) body: RevisionPublish,
  ) {
    return this.revisions.publish(actor, eventId, body);
  }

  @Get('risk-plan/revisions/:revision')
  @EventCoordinator()
  async get(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('revision') revision: string,
  ): Promise<CoordinatorRevisionDto> {
    const row = await this.revisions.entity(eventId, Number(revision));
    const snapshot = await this.revisions.snapshotOf(row, actor.changesSeen);
    if (snapshot.publicSchedule?.length) {
      await this.audit.record(actor, {
        action: 'risk-plan.revision-read',
        eventId,
        subjectType: 'revision',
        subjectId: row.id,
        details: { revision: row.number, publicScheduleItems: snapshot.publicSchedule.length },
      });
    }
    const reviews = await this.reviews.reviewsOf(row);
    const reviewed = new Set(reviews.map((review) => review.organizationId));
    const pending = (await this.shares.liveOrganizationIds(eventId)).filter((id) => !reviewed.has(id));
    return {
      ...scopedRevision(row, snapshot, null),
      comments: await this.reviews.allThreads(row, snapshot),
      reviews,
      pendingOrganizations: await Promise.all(pending.map((id) => this.organizations.get(id))),
      changes:
        row.number > 1
          ? await this.revisions.changesSince(
              row,
              row.number - 1,
              { withSites: true, reviewed: false },
              actor.changesSeen,
            )
          : null,
    };
  }

  @Post('risk-plan/revisions/:revision/comments/:commentId/replies')
  @EventCoordinator()
  @ApiJsonBody(commentReplySchema)
  async reply(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('revision') revision: string,
    @Param('commentId') commentId: string,
    @ValidBody(commentReplySchema) body: CommentReply,
  ) {
    const row = await this.revisions.entity(eventId, Number(revision));
    const snapshot = await this.revisions.snapshotOf(row);
    return this.reviews.reply(actor, row, snapshot, commentId, body.body);
  }

  @Patch('risk-plan/revisions/:revision/comments/:commentId')
  @EventCoordinator()
  @ApiJsonBody(commentVisibilitySchema)
  async setVisibility(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('revision') revision: string,
    @Param('commentId') commentId: string,
    @ValidBody(commentVisibilitySchema) body: CommentVisibility,
  ) {
    const row = await this.revisions.entity(eventId, Number(revision));
    const snapshot = await this.revisions.snapshotOf(row);
    return this.reviews.setVisibility(actor, row, snapshot, commentId, body.visibleToPartners);
  }

  @Get('shares')
  @EventCoordinator()
  async listShares(@Param('eventId') eventId: string) {
    const items = await this.shares.list(eventId);
    return { items, total: items.length };
  }

  @Post('shares')
  @EventCoordinator()
  @ApiJsonBody(shareCreateSchema)
  share(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @ValidBody(shareCreateSchema) body: ShareCreate,
  ) {
    return this.shares.create(actor, eventId, body);
  }

  @Delete('shares/:shareId')
  @EventCoordinator()
  @HttpCode(204)
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('eventId') eventId: string,
    @Param('shareId') shareId: string,
  ) {
    await this.shares.revoke(actor, eventId, shareId);
  }
}
