import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@tryggplan/api/auth';
import { BriefingModule } from '@tryggplan/api/briefing';
import { EventsModule } from '@tryggplan/api/events';
import { ParticipantsModule } from '@tryggplan/api/participants';
import { RisksModule } from '@tryggplan/api/risks';
import { SitesModule } from '@tryggplan/api/sites';
import { CommentEntity } from './comment.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { PartnerAnswers } from './partner-answers';
import { PartnersQueries } from './partners.queries';
import { ReviewEntity } from './review.entity';
import { RevisionEntity } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { ReviewsService } from './reviews.service';
import { RiskPlanController } from './risk-plan.controller';
import { SharedController } from './shared.controller';
import { ShareEntity } from './share.entity';
import { SharesService } from './shares.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, RevisionEntity, ShareEntity, ReviewEntity, CommentEntity]),
    AuthModule,
    BriefingModule,
    EventsModule,
    ParticipantsModule,
    RisksModule,
    SitesModule,
  ],
  controllers: [OrganizationsController, RiskPlanController, SharedController],
  providers: [
    PartnersQueries,
    OrganizationsService,
    RevisionsService,
    SharesService,
    ReviewsService,
    PartnerAnswers,
  ],
  exports: [OrganizationsService, RevisionsService, SharesService],
})
export class PartnersModule {}
