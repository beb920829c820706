import { Module } from '@nestjs/common';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { MessagesDataModule } from '@tryggplan/api/messages-data';
import { ParticipantsDataModule } from '@tryggplan/api/participants-data';
import { MessagesController } from './messages.controller';
import { ParticipantLinksSender } from './participant-links-sender';

@Module({
  imports: [MessagesDataModule, ParticipantsDataModule, EventsDataModule],
  controllers: [MessagesController],
  providers: [ParticipantLinksSender],
})
export class MessagesModule {}
