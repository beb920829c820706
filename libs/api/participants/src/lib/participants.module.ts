import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@tryggplan/api/events';
import { SitesModule } from '@tryggplan/api/sites';
import { LinksController } from './links.controller';
import { ParticipantLinkEntity } from './participant-link.entity';
import { ParticipantPageService } from './participant-page.service';
import { ParticipantEntity } from './participant.entity';
import { ParticipantsController } from './participants.controller';
import { ParticipantsQueries } from './participants.queries';
import { ParticipantsService } from './participants.service';
import { PersonalLinksService } from './personal-links.service';
import { RetentionService } from './retention.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleItemEntity } from './schedule-item.entity';
import { ScheduleService } from './schedule.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ParticipantEntity, ScheduleItemEntity, ParticipantLinkEntity]),
    EventsModule,
    SitesModule,
  ],
  controllers: [ParticipantsController, ScheduleController, LinksController],
  providers: [
    ParticipantsQueries,
    ParticipantsService,
    ScheduleService,
    PersonalLinksService,
    ParticipantPageService,
    RetentionService,
  ],
  exports: [ParticipantsService, ScheduleService, PersonalLinksService, RetentionService],
})
export class ParticipantsModule {}
