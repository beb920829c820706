import { Module } from '@nestjs/common';
import { IncidentsDataModule } from '@tryggplan/api/incidents-data';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { PermitDataModule } from '@tryggplan/api/permit-data';
import { LinksController } from './links.controller';
import { ParticipantPageService } from './participant-page.service';
import { ParticipantsController } from './participants.controller';
import { RetentionService } from './retention.service';
import { ScheduleController } from './schedule.controller';

@Module({
  imports: [
    ParticipantsDataModule,
    EventsDataModule,
    SitesDataModule,
    AuditDataModule,
    IncidentsDataModule,
    StaffDataModule,
    PermitDataModule,
  ],
  controllers: [ParticipantsController, ScheduleController, LinksController],
  providers: [ParticipantPageService, RetentionService],
  exports: [RetentionService],
})
export class ParticipantsModule {}
