import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { ParticipantLinkEntity } from './participant-link.entity';
import { ParticipantEntity } from './participant.entity';
import { ParticipantsQueries } from './participants.queries';
import { ParticipantsService } from './participants.service';
import { PersonalLinksService } from './personal-links.service';
import { ScheduleItemEntity } from './schedule-item.entity';
import { ScheduleService } from './schedule.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ParticipantEntity, ScheduleItemEntity, ParticipantLinkEntity]),
    EventsDataModule,
    SitesDataModule,
    AuditDataModule,
  ],
  providers: [ParticipantsQueries, ParticipantsService, ScheduleService, PersonalLinksService],
  exports: [ParticipantsQueries, ParticipantsService, ScheduleService, PersonalLinksService],
})
export class ParticipantsDataModule {}
