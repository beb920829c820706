import { Module } from '@nestjs/common';
import { CheckInsDataModule } from '@tryggplan/api/check-ins-data';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { MessagesDataModule } from '@tryggplan/api/messages-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { CheckInNotices } from './check-in-notices';
import { CheckInEscalationJob } from './check-in-escalation.job';
import { CheckInsController } from './check-ins.controller';
import { ParticipantCheckInsController } from './participant-check-ins.controller';

@Module({
  imports: [CheckInsDataModule, ParticipantsDataModule, EventsDataModule, MessagesDataModule],
  controllers: [CheckInsController, ParticipantCheckInsController],
  providers: [CheckInEscalationJob, CheckInNotices],
  exports: [CheckInEscalationJob],
})
export class CheckInsModule {}
