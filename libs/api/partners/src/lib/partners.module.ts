import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { MessagesDataModule } from '@tryggplan/api/messages-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { PdfModule } from '@tryggplan/api/pdf';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { CommentEntity } from './comment.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { PartnerAnswers } from './partner-answers';
import { PartnerFeedbackController } from './partner-feedback.controller';
import { PartnerFeedbackQueries } from './partner-feedback.queries';
import { PartnerFeedbackService } from './partner-feedback.service';
import { PartnersQueries } from './partners.queries';
import { ReviewEntity } from './review.entity';
import { RevisionEntity } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { ReviewsService } from './reviews.service';
import { RiskPlanController } from './risk-plan.controller';
import { SharedController } from './shared.controller';
import { SharedIncidentsController } from './shared-incidents.controller';
import { ShareEntity } from './share.entity';
import { SharesService } from './shares.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, RevisionEntity, ShareEntity, ReviewEntity, CommentEntity]),
    AuditDataModule,
    AuthDataModule,
    EventsDataModule,
    IncidentsDataModule,
    ParticipantsDataModule,
    PdfModule,
    RisksDataModule,
    SitesDataModule,
    MessagesDataModule,
  ],
  controllers: [
    OrganizationsController,
    RiskPlanController,
    SharedController,
    SharedIncidentsController,
    PartnerFeedbackController,
  ],
  providers: [
    PartnersQueries,
    OrganizationsService,
    RevisionsService,
    SharesService,
    ReviewsService,
    PartnerAnswers,
    PartnerFeedbackQueries,
    PartnerFeedbackService,
  ],
  exports: [OrganizationsService, RevisionsService, SharesService],
})
export class PartnersModule {}
