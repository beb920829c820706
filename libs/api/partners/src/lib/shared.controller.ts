import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Access,
  ApiJsonBody,
  notFound,
  nowIso,
  readyAnswer,
  sendAnswer,
  ValidBody,
  ValidQuery,
  Actor,
  CurrentActor,
} from '@tryggplan/api/core';
import { FolderPdfPool, MapTiles, pdfFileName, sendPdf } from '@tryggplan/api/pdf';
import { riskPlanMapView } from '@tryggplan/shared/briefing';
import {
  CommentCreate,
  commentCreateSchema,
  LANGUAGES,
  PageQuery,
  pageQuerySchema,
  partnerView,
  ReviewCreate,
  reviewCreateSchema,
  SharedPlanDto,
} from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { PartnerAnswers } from './partner-answers';
import { ReviewsService } from './reviews.service';
import { RevisionsService } from './revisions.service';
import { LiveShare, SharesService } from './shares.service';

const PartnerOnly = () => Access({ roles: ['partner'] });
const pdfQuerySchema = z.strictObject({ lang: z.enum(LANGUAGES).default('sv') });

/** The partner's side: only live shares of the partner's own organisation, read-only snapshots. */
@ApiTags('partners')
@Controller('shared')
export class SharedController {
  constructor(
    private readonly shares: SharesService,
    private readonly revisions: RevisionsService,
    private readonly reviews: ReviewsService,
    private readonly pdfPool: FolderPdfPool,
    private readonly tiles: MapTiles,
    private readonly audit: AuditService,
    private readonly answers: PartnerAnswers,
  ) {}

  @Get()
  @PartnerOnly()
  async list(@CurrentActor() actor: Actor): Promise<{ items: SharedPlanDto[]; total: number }> {
    const shares = await this.shares.liveSharesOf(actor);
    const items = await Promise.all(
      shares.map(async (share) => ({
        shareId: share.id,
        eventId: share.eventId,
        eventName: share.eventName,
        eventStartsAt: share.eventStartsAt,
        eventEndsAt: share.eventEndsAt,
        scope: share.scope,
        expiresAt: share.expiresAt,
        revisions: await this.revisions.list(share.eventId),
        lastReviewedRevision: await this.reviews.lastReviewed(share.eventId, share.organizationId),
      })),
    );
    return { items, total: items.length };
  }

  /** The revision in the share's scope, with the partner's threads, its review and what changed. */
  @Get(':shareId/revisions/:revision')
  @PartnerOnly()
  async get(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Param('revision') revision: string,
  ): Promise<void> {
    const { share, row, snapshot } = await this.open(actor, shareId, revision);
    if (share.scope.includes('participant-names') && snapshot.publicSchedule?.length) {
      await this.audit.record(actor, {
        action: 'shared.participant-names-read',
        eventId: share.eventId,
        subjectType: 'share',
        subjectId: share.id,
        details: { revision: row.number, count: snapshot.publicSchedule.length },
      });
    }
    // made once per share and revision until the next write in the event; the share was checked above
    const seen = actor.changesSeen;
    const answer = await this.answers.get(
      share.eventId,
      `${share.id}|${row.id}`,
      async () => {
        // since the revision the organisation last reviewed, else the previous one (none before the first)
        const reviewed = share.scope.includes('risks')
          ? await this.reviews.lastReviewed(share.eventId, share.organizationId, row.number)
          : null;
        const since = reviewed ?? (share.scope.includes('risks') && row.number > 1 ? row.number - 1 : null);
        const withSites = share.scope.includes('map');
        const dynamic = JSON.stringify({
          shareId: share.id,
          scope: share.scope,
          comments: await this.reviews.threadsFor(row, snapshot, share.organizationId),
          review: await this.reviews.reviewOf(row, share.organizationId),
          changes:
            since === null
              ? null
              : await this.revisions.changesSince(
                  row,
                  since,
                  { withSites, reviewed: reviewed !== null },
                  seen,
                ),
        });
        // the snapshot part is immutable and cached as bytes; only the review part is made here
        const head = Buffer.from(`${dynamic.slice(0, -1)},`);
        return readyAnswer(head, (await this.revisions.scopedJsonOf(row, share.scope, seen)).subarray(1));
      },
      seen,
    );
    sendAnswer(req, res, answer);
  }

  /** The revision's register page by page; the revision answer carries only the first page. */
  @Get(':shareId/revisions/:revision/risks')
  @PartnerOnly()
  async risks(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Param('revision') revision: string,
    @ValidQuery(pageQuerySchema) page: PageQuery,
  ): Promise<void> {
    const { row } = await this.open(actor, shareId, revision, 'risks');
    sendAnswer(req, res, await this.revisions.riskPageOf(row, page, actor.changesSeen));
  }

  @Post(':shareId/revisions/:revision/comments')
  @PartnerOnly()
  @ApiJsonBody(commentCreateSchema)
  async comment(
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Param('revision') revision: string,
    @ValidBody(commentCreateSchema) body: CommentCreate,
  ) {
    const { share, row, snapshot } = await this.open(actor, shareId, revision, 'risks');
    return this.reviews.comment(actor, share.organizationId, row, snapshot, body);
  }

  @Post(':shareId/revisions/:revision/review')
  @PartnerOnly()
  @ApiJsonBody(reviewCreateSchema)
  async review(
    @CurrentActor() actor: Actor,
    @Param('shareId') shareId: string,
    @Param('revision') revision: string,
    @ValidBody(reviewCreateSchema) body: ReviewCreate,
  ) {
    const { share, row } = await this.open(actor, shareId, revision);
    return this.reviews.decide(actor, share.organizationId, row, body);
  }

  @Get(':shareId/revisions/:revision/risk-plan.pdf')
  @PartnerOnly()
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', enum: LANGUAGES, required: false })
  async riskPlan(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('shareId') shareId: string,
    @Param('revision') revision: string,
    @ValidQuery(pdfQuerySchema) query: z.output<typeof pdfQuerySchema>,
  ): Promise<void> {
    const { share, row, snapshot } = await this.open(actor, shareId, revision, 'risks');
    // the map page only for a share that includes the map, with the sites a partner may see
    const { risks, sites } = partnerView(snapshot.sites, snapshot.risks);
    const mapSites = share.scope.includes('map') ? sites : [];
    const tiles = mapSites.length ? await this.tiles.tilesFor(riskPlanMapView(mapSites)) : undefined;
    const bytes = await this.pdfPool.renderRiskPlan({
      event: snapshot.event,
      risks,
      sites: mapSites,
      tiles,
      generatedAt: nowIso(),
      lang: query.lang,
      revisionLabel: `Revision ${row.number}`,
    });
    await this.audit.record(actor, {
      action: 'shared.risk-plan-download',
      eventId: share.eventId,
      subjectType: 'share',
      subjectId: share.id,
      details: { revision: row.number, lang: query.lang },
    });
    sendPdf(res, bytes, pdfFileName(`${snapshot.event.name} riskplan r${row.number}`, query.lang, 'a4'));
  }

  private async open(actor: Actor, shareId: string, revision: string, needs?: 'risks') {
    const share: LiveShare = await this.shares.liveShare(actor, shareId);
    if (needs && !share.scope.includes(needs)) throw notFound();
    const row = await this.revisions.entity(share.eventId, Number(revision), actor.changesSeen);
    return { share, row, snapshot: await this.revisions.snapshotOf(row, actor.changesSeen) };
  }
}
